package com.serviceledger.query.deadletter;

import static com.serviceledger.query.support.ComplaintEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.complaint.ComplaintProjection;
import com.serviceledger.query.servicerequest.ServiceRequestProjection;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEventLog;
import com.serviceledger.query.support.ServiceRequestEvents;
import com.serviceledger.query.support.ServiceRequestStory;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

/**
 * A view that cannot take a document parks its events and goes on; the parked events are listed, counted
 * by the processor's gauge and endpoint, and written by a retry once the cause is gone.
 */
@QuerySideTest
class ViewDeadLettersTest {

    private static final Instant RECEIVED = Instant.parse("2026-04-02T02:00:00Z");
    private static final String COMPLAINTS = ComplaintProjection.PROCESSING_GROUP;
    private static final String SERVICE_REQUESTS = ServiceRequestProjection.PROCESSING_GROUP;

    private final ComplaintEventLog complaints;
    private final ServiceRequestEventLog serviceRequests;
    private final ElasticsearchClient elasticsearch;
    private final Api api;

    ViewDeadLettersTest(ComplaintEventLog complaints, ServiceRequestEventLog serviceRequests,
                        ElasticsearchClient elasticsearch, Api api) {
        this.complaints = complaints;
        this.serviceRequests = serviceRequests;
        this.elasticsearch = elasticsearch;
        this.api = api;
    }

    @Test
    void a_complaint_in_an_unknown_time_zone_is_parked_with_its_later_events_and_the_others_are_projected() {
        String subsidiary = newSubsidiary();
        String poisoned = newComplaintId();
        String sameSegment = complaintInSegmentOf(poisoned);
        ComplaintStory sameBatch = ComplaintStory.of(sameSegment, received(sameSegment, subsidiary, RECEIVED).event());
        String otherId = newComplaintId();
        ComplaintStory other = ComplaintStory.of(otherId, received(otherId, subsidiary, RECEIVED).event());
        complaints.append(
                ComplaintStory.of(poisoned, received(poisoned, subsidiary, RECEIVED).timeZone("Mars/Olympus").event()),
                sameBatch, other);
        complaints.awaitProjected(sameBatch, other);
        await().until(() -> parked(COMPLAINTS, poisoned).size() == 1);

        String afterId = newComplaintId();
        ComplaintStory after = ComplaintStory.of(afterId, received(afterId, subsidiary, RECEIVED).event());
        complaints.eventStore().publish(new GenericDomainEventMessage<>("Complaint", poisoned, 1,
                forwarded(poisoned, "DEP-LOADING", RECEIVED.plusSeconds(60))));
        complaints.append(after);
        complaints.awaitProjected(after);
        await().until(() -> parked(COMPLAINTS, poisoned).size() == 2);

        api.get("/api/complaints/" + poisoned).expectStatus().isNotFound();
        List<Map<String, Object>> letters = parked(COMPLAINTS, poisoned);
        assertThat(letters).extracting(l -> l.get("eventType"))
                .containsExactly("ComplaintReceived", "ComplaintForwarded");
        assertThat(letters.getFirst().get("causeMessage").toString()).contains("Mars/Olympus");
        assertThat(letters).allSatisfy(l -> assertThat(l.get("retries")).isEqualTo(0));
        String listing = body("/api/admin/dead-letters/" + COMPLAINTS);
        assertThat(listing).doesNotContain(CUSTOMER_NAME, CUSTOMER_EMAIL, "13812341234");

        Map<String, Object> processor = api.json("/actuator/processors/" + COMPLAINTS);
        assertThat(processor.get("running")).isEqualTo(true);
        assertThat(processor.get("errorState")).isEqualTo(false);
        assertThat(((Number) processor.get("deadLetters")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) processor.get("segmentsClaimed")).intValue()).isPositive();
        assertThat(body("/actuator/processors")).contains("\"name\":\"" + SERVICE_REQUESTS + "\"");
        Map<String, Object> gauge = api.json(
                "/actuator/metrics/serviceledger.processor.dead.letters?tag=processor:" + COMPLAINTS);
        assertThat(gauge.toString()).contains("VALUE");
        assertThat(deadLetterGauge(gauge)).isGreaterThanOrEqualTo(2);

        Map<String, Object> retry = api.http().post().uri("/api/admin/dead-letters/{p}/retry", COMPLAINTS)
                .contentType(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        assertThat(retry.get("retried")).asInstanceOf(InstanceOfAssertFactories.LIST).doesNotContain(poisoned);
        assertThat(parked(COMPLAINTS, poisoned)).extracting(l -> l.get("retries")).containsExactly(1, 0);
        api.get("/api/complaints/" + poisoned).expectStatus().isNotFound();

        String prometheus = body("/actuator/prometheus");
        assertThat(prometheus)
                .containsPattern("serviceledger_processor_lag_events\\{[^}]*processor=\"complaint-view\"")
                .containsPattern("serviceledger_processor_lag_seconds\\{[^}]*processor=\"complaint-view\"")
                .containsPattern("serviceledger_processor_dead_letters\\{[^}]*processor=\"complaint-view\"");
    }

    @Test
    void a_write_blocked_view_parks_its_documents_and_a_retry_after_unblocking_writes_them() throws IOException {
        String subsidiary = newSubsidiary();
        String first = ServiceRequestEvents.newRequestId();
        String second = ServiceRequestEvents.newRequestId();
        String index = elasticsearch.indices().getAlias(a -> a.name("sq-service-requests")).aliases().keySet()
                .iterator().next();
        blockWrites(index, true);
        try {
            serviceRequests.append(List.of(request(first, subsidiary), request(second, subsidiary)));
            await().until(() -> parked(SERVICE_REQUESTS, first).size() == 1
                    && parked(SERVICE_REQUESTS, second).size() == 1);
            assertThat(parked(SERVICE_REQUESTS, first).getFirst().get("causeMessage").toString())
                    .contains("403", "cluster_block_exception");
        } finally {
            blockWrites(index, false);
        }
        api.get("/api/service-requests/" + first).expectStatus().isNotFound();

        Map<String, Object> outcome = api.http().post().uri("/api/admin/dead-letters/{p}/retry", SERVICE_REQUESTS)
                .contentType(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();

        assertThat(outcome.get("retried")).asInstanceOf(InstanceOfAssertFactories.LIST).contains(first, second);
        assertThat((List<?>) outcome.get("stillParked")).isEmpty();
        assertThat(api.json("/api/admin/dead-letters/" + SERVICE_REQUESTS).get("parked")).isEqualTo(0);
        api.get("/api/service-requests/" + first).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("RECEIVED");
        api.get("/api/service-requests/" + second).expectStatus().isOk();
    }

    @Test
    void an_unknown_processor_has_no_dead_letters() {
        api.get("/api/admin/dead-letters/no-such-view").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:not-found");
        api.http().post().uri("/api/admin/dead-letters/no-such-view/retry")
                .contentType(MediaType.APPLICATION_JSON).exchange().expectStatus().isNotFound();
        api.get("/actuator/processors/no-such-view").expectStatus().isNotFound();
        api.get("/actuator/health").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private static ServiceRequestStory request(String id, String subsidiary) {
        return ServiceRequestStory.of(id, ServiceRequestEvents.received(id, subsidiary, ServiceCategory.INFORMATION,
                Channel.HOTLINE, "Opening hours of the weighbridge", RECEIVED));
    }

    private void blockWrites(String index, boolean blocked) throws IOException {
        elasticsearch.indices().putSettings(s -> s.index(index).settings(i -> i.blocks(b -> b.write(blocked))));
    }

    /** A complaint the processor handles in the same segment (so the same batch) as the given one. */
    private static String complaintInSegmentOf(String complaintId) {
        int mask = 3; // the configured 4 segments
        while (true) {
            String candidate = newComplaintId();
            if ((candidate.hashCode() & mask) == (complaintId.hashCode() & mask)) {
                return candidate;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> parked(String processor, String aggregateId) {
        List<Map<String, Object>> letters = (List<Map<String, Object>>) api.json("/api/admin/dead-letters/" + processor)
                .get("letters");
        return letters.stream().filter(l -> aggregateId.equals(l.get("aggregateId"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static double deadLetterGauge(Map<String, Object> metric) {
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) metric.get("measurements");
        return ((Number) measurements.getFirst().get("value")).doubleValue();
    }

    private String body(String uri) {
        return new String(api.get(uri).expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
    }

    private static ConditionFactory await() {
        return Awaitility.await().atMost(ComplaintEventLog.PATIENCE).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100));
    }
}
