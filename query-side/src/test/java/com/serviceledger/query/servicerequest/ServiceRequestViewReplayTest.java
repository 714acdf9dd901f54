package com.serviceledger.query.servicerequest;

import static com.serviceledger.query.support.ServiceRequestEvents.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.FirstResponseAct;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEventLog;
import com.serviceledger.query.support.ServiceRequestStory;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/** A view rebuilt by replay from the first event must say exactly what it said before. */
@QuerySideTest
class ServiceRequestViewReplayTest {

    private static final Instant APRIL = Instant.parse("2026-04-06T01:00:00Z");

    private final ServiceRequestEventLog log;
    private final ElasticsearchClient elasticsearch;
    private final ServiceRequestIndex index;

    ServiceRequestViewReplayTest(ServiceRequestEventLog log, ElasticsearchClient elasticsearch,
                                 ServiceRequestIndex index) {
        this.log = log;
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    @Test
    void replaying_the_processor_from_the_first_event_rebuilds_an_identical_index() throws IOException {
        String subsidiary = ServiceRequestViewTest.newSubsidiary();
        List<ServiceRequestStory> stories = new ArrayList<>();
        stories.add(ServiceRequestViewTest.reworkedAndLate(newRequestId(), subsidiary));
        for (int i = 0; i < 60; i++) {
            stories.add(variedStory(i, subsidiary));
        }
        log.append(stories);
        log.awaitProjected(stories);
        List<Map<String, Object>> before = allDocuments();
        assertThat(before).hasSizeGreaterThanOrEqualTo(61);

        StreamingEventProcessor processor = log.processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(ServiceRequestEventLog.PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(allDocuments()).isEqualTo(before));
    }

    /** Every second request asks for materials, every third is delayed, every fourth reworked. */
    private static ServiceRequestStory variedStory(int i, String subsidiary) {
        String id = newRequestId();
        Instant at = APRIL.plus(Duration.ofHours(i));
        Instant due = at.plus(Duration.ofDays(2));
        ServiceRequestStory story = ServiceRequestStory.of(id, received(id, subsidiary,
                ServiceCategory.values()[i % ServiceCategory.values().length],
                Channel.values()[i % Channel.values().length], "Request number " + i, at));
        if (i % 2 == 0) {
            story.then(materialsRequested(id, at.plus(Duration.ofMinutes(10)), "item " + i),
                    firstResponse(id, FirstResponseAct.MATERIALS_REQUEST, at.plus(Duration.ofMinutes(10)), at),
                    materialsReceived(id, at.plus(Duration.ofHours(2))),
                    assigned(id, at.plus(Duration.ofHours(3))));
        } else {
            story.then(assigned(id, at.plus(Duration.ofMinutes(45))),
                    firstResponse(id, FirstResponseAct.ASSIGNMENT, at.plus(Duration.ofMinutes(45)), at));
        }
        story.then(assessed(id, at.plus(Duration.ofHours(4))), planned(id, at.plus(Duration.ofHours(5)), due));
        Instant agreed = due;
        if (i % 3 == 0) {
            agreed = due.plus(Duration.ofDays(1));
            story.then(delay(id, due.minus(Duration.ofHours(1)), due, agreed));
        }
        story.then(delivered(id, due.plus(Duration.ofHours(i % 5)), due, agreed));
        if (i % 4 == 0) {
            story.then(rejected(id, due.plus(Duration.ofHours(6))),
                    delivered(id, due.plus(Duration.ofHours(20)), due, agreed));
        }
        return story.then(accepted(id, due.plus(Duration.ofDays(1))));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> allDocuments() throws IOException {
        index.refresh();
        return elasticsearch.search(s -> s.index(index.alias()).size(10_000)
                                .sort(o -> o.field(f -> f.field("requestId"))), Map.class)
                .hits().hits().stream().map(Hit::source).map(m -> (Map<String, Object>) m).toList();
    }
}
