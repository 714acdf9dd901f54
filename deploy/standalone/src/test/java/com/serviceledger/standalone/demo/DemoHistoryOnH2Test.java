package com.serviceledger.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintResolved;
import com.serviceledger.kernel.complaint.ComplaintSlaWarningRaised;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.InvestigationResultReturned;
import com.serviceledger.standalone.StandaloneApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A few simulated days into an empty standalone system: the cases are decided by the real aggregates at
 * their simulated moments, stamped with them, projected, and afterwards the system runs on real time again.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "serviceledger.data-dir=${java.io.tmpdir}/serviceledger-demo-${random.uuid}",
                "serviceledger.demo.history-days=3",
                "serviceledger.demo.complaints-per-day=1.5",
                "serviceledger.elasticsearch.embedded.shared-in-jvm=true",
                "serviceledger.elasticsearch.embedded.http-port=0",
                "serviceledger.query.complaint-index.alias=sq-complaints-demo",
                "serviceledger.query.service-request-index.alias=sq-service-requests-demo",
                "serviceledger.query.inspection-views.inspections-alias=sq-inspections-demo",
                "serviceledger.query.inspection-views.rectifications-alias=sq-rectifications-demo",
                "serviceledger.query.inspection-views.quality-months-alias=sq-quality-months-demo",
                "serviceledger.query.rating-view.alias=sq-ratings-demo"})
class DemoHistoryOnH2Test {

    @LocalServerPort
    int port;
    @Autowired
    DemoHistory history;
    @Autowired
    SimulationClock clock;
    @Autowired
    EventStore events;
    WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester")).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void simulatedDaysArePlayedThroughTheAggregatesAndTheClockReturnsToRealTime() throws Exception {
        DemoHistory.Summary summary = history.finished().get(3, java.util.concurrent.TimeUnit.MINUTES);

        assertThat(summary.played()).isGreaterThan(200);
        assertThat(summary.rejected()).as("every planned command follows the rules").isEmpty();
        assertThat(clock.simulating()).isFalse();
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(complaints()).hasSizeGreaterThan(3));
        List<Map<String, Object>> complaints = complaints();
        Instant earliest = complaints.stream().map(c -> Instant.parse((String) c.get("receivedAt")))
                .min(Instant::compareTo).orElseThrow();
        assertThat(earliest).isBefore(Instant.now().minus(Duration.ofDays(2)));

        // the event itself carries its simulated moment, not the moment the generator ran
        String id = (String) complaints.getFirst().get("complaintId");
        DomainEventMessage<?> received = events.readEvents(id).next();
        assertThat(received.getPayload()).isInstanceOf(ComplaintReceived.class);
        // the simulated clock runs on between deciding and stamping, so allow it a moment (it is days behind)
        assertThat(received.getTimestamp()).isCloseTo(((ComplaintReceived) received.getPayload()).receivedAt(),
                within(1, ChronoUnit.SECONDS));
        assertThat(received.getMetaData()).containsEntry("principal", DemoHistory.PRINCIPAL);
    }

    @Test
    void timersFallDueOnTheSimulatedClockAtTheirOwnMoment() throws Exception {
        history.finished().get(3, java.util.concurrent.TimeUnit.MINUTES);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(complaints()).hasSizeGreaterThan(3));

        List<DomainEventMessage<?>> warnings = complaints().stream()
                .flatMap(c -> events.readEvents((String) c.get("complaintId")).asStream()
                        .<DomainEventMessage<?>>map(e -> e))
                .filter(e -> e.getPayload() instanceof ComplaintSlaWarningRaised)
                .toList();
        assertThat(warnings).as("warnings raised while the months were simulated").isNotEmpty();
        for (DomainEventMessage<?> warning : warnings) {
            ComplaintSlaWarningRaised raised = (ComplaintSlaWarningRaised) warning.getPayload();
            Instant started = windowStart(warning.getAggregateIdentifier(), raised);
            Duration allowed = Duration.between(started, raised.dueAt());
            Instant moment = started.plus(allowed.multipliedBy(raised.percentElapsed()).dividedBy(100));
            assertThat(Duration.between(moment, warning.getTimestamp()).abs())
                    .as("warning at %d %% of %s", raised.percentElapsed(), raised.target())
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    /**
     * When the target's clock started: the callback's at the resolution that set its due time (a reopened complaint
     * is resolved again, with a new one), every other target's at receipt.
     */
    private Instant windowStart(String complaintId, ComplaintSlaWarningRaised raised) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(complaintId).asStream().toList();
        if (raised.target() == SlaTarget.CALLBACK) {
            for (DomainEventMessage<?> event : stream) {
                if (event.getPayload() instanceof ComplaintResolved resolved
                        && resolved.callbackDueAt().equals(raised.dueAt())) {
                    return resolved.resolvedAt();
                }
            }
            throw new AssertionError("no resolution of " + complaintId + " set the callback due at " + raised.dueAt());
        }
        // the department's steps start at forwarding and at the investigation result, the report at the callback
        for (DomainEventMessage<?> event : stream) {
            Object payload = event.getPayload();
            if (raised.target() == SlaTarget.INVESTIGATION && payload instanceof ComplaintForwarded forwarded
                    && raised.dueAt().equals(forwarded.investigationDueAt())) {
                return forwarded.forwardedAt();
            }
            if (raised.target() == SlaTarget.SOLUTION && payload instanceof InvestigationResultReturned returned
                    && raised.dueAt().equals(returned.solutionDueAt())) {
                return returned.returnedAt();
            }
            if (raised.target() == SlaTarget.RESULT_REPORT && payload instanceof CallbackRecorded callback
                    && raised.dueAt().equals(callback.resultReportDueAt())) {
                return callback.calledBackAt();
            }
        }
        return ((ComplaintReceived) stream.getFirst().getPayload()).receivedAt();
    }

    @Test
    void commandsAreAcceptedAgainOnceTheHistoryIsDone() throws Exception {
        history.finished().get(3, java.util.concurrent.TimeUnit.MINUTES);
        http.post().uri("/api/ratings").header("Content-Type", "application/json")
                .bodyValue("{\"source\":\"ONLINE_RATING\",\"unit\":{\"subsidiaryId\":\"demo-tangshan\"},"
                        + "\"channel\":\"WECHAT\",\"score\":5}")
                .exchange().expectStatus().isCreated();
    }

    private List<Map<String, Object>> complaints() {
        Map<String, Object> page = http.get().uri(u -> u.path("/api/complaints").queryParam("size", "100").build())
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        return items;
    }
}
