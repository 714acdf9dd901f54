package com.serviceledger.query.view;

import static com.serviceledger.query.support.ComplaintEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.platform.processor.ProcessorMetrics;
import com.serviceledger.query.complaint.ComplaintProjection;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The complaint view's lag, in events and seconds, while a burst of complaints is being projected. */
@QuerySideTest
class ProcessorLagTest {

    private static final int BURST = 800;

    private final ComplaintEventLog complaints;
    private final MeterRegistry registry;
    private final Api api;

    ProcessorLagTest(ComplaintEventLog complaints, MeterRegistry registry, Api api) {
        this.complaints = complaints;
        this.registry = registry;
        this.api = api;
    }

    @Test
    void lag_rises_while_the_view_is_behind_and_returns_to_zero_when_it_has_caught_up() {
        String subsidiary = newSubsidiary();
        Instant received = Instant.parse("2026-04-03T02:00:00Z");
        List<ComplaintStory> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String id = newComplaintId();
            burst.add(ComplaintStory.of(id, received(id, subsidiary, received).event()));
        }
        complaints.append(burst);

        double[] highest = new double[2];
        Awaitility.await().atMost(ComplaintEventLog.PATIENCE).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    highest[0] = Math.max(highest[0], gauge(ProcessorMetrics.LAG_EVENTS));
                    highest[1] = Math.max(highest[1], gauge(ProcessorMetrics.LAG_SECONDS));
                    return highest[0] > 0 && highest[1] > 0;
                });

        complaints.awaitProjected(burst.getLast());
        Awaitility.await().atMost(ComplaintEventLog.PATIENCE).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Map<String, Object> status = api.json("/actuator/processors/" + ComplaintProjection.PROCESSING_GROUP);
                    return ((Number) status.get("lagEvents")).longValue() == 0
                            && ((Number) status.get("lagSeconds")).doubleValue() == 0.0;
                });
        assertThat(gauge(ProcessorMetrics.LAG_EVENTS)).isZero();
        assertThat(gauge(ProcessorMetrics.LAG_SECONDS)).isZero();
    }

    private double gauge(String name) {
        return registry.get(name).tag("processor", ComplaintProjection.PROCESSING_GROUP).gauge().value();
    }
}
