package com.serviceledger.query.live;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.handlerNamed;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.servicerequest.FirstResponseAct;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEventLog;
import com.serviceledger.query.support.ServiceRequestEvents;
import com.serviceledger.query.support.ServiceRequestStory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

@QuerySideTest
class LiveUpdatesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant MAR10 = Instant.parse("2026-03-10T01:00:00Z");

    private final ComplaintEventLog complaints;
    private final ServiceRequestEventLog serviceRequests;
    private final Api api;

    LiveUpdatesTest(ComplaintEventLog complaints, ServiceRequestEventLog serviceRequests, Api api) {
        this.complaints = complaints;
        this.serviceRequests = serviceRequests;
        this.api = api;
    }

    @Test
    void a_complaint_stream_sends_the_current_view_then_each_new_version() {
        String id = newComplaintId();
        complaints.appendAndAwait(ComplaintStory.of(id, received(id, newSubsidiary(), MAR10).event()));
        Map<String, Object> asRead = api.json("/api/complaints/" + id);

        StepVerifier.create(data(stream("/api/complaints/" + id + "/live")))
                .assertNext(view -> {
                    assertThat(view.id()).isEqualTo("0");
                    assertThat(view.event()).isEqualTo("complaint");
                    assertThat(view.data()).containsEntry("complaintId", id).containsEntry("lastSequence", 0);
                    // the same answer as a plain read, the customer's masks included
                    assertThat(view.data()).containsKey("customer").isEqualTo(asRead);
                })
                .then(() -> append("Complaint", id, 1, contacted(id, MAR10.plusSeconds(600), true, true)))
                .assertNext(view -> {
                    assertThat(view.id()).isEqualTo("1");
                    assertThat(view.data()).containsEntry("lastSequence", 1);
                })
                .then(() -> append("Complaint", id, 2, handlerNamed(id, MAR10.plusSeconds(700))))
                .assertNext(view -> assertThat(view.id()).isEqualTo("2"))
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void a_service_request_stream_sends_the_current_view_then_each_new_version() {
        String id = ServiceRequestEvents.newRequestId();
        serviceRequests.appendAndAwait(ServiceRequestStory.of(id, ServiceRequestEvents.received(id, newSubsidiary(),
                ServiceCategory.INFORMATION, Channel.HOTLINE, "Opening hours of the weighbridge", MAR10)));

        StepVerifier.create(data(stream("/api/service-requests/" + id + "/live")))
                .assertNext(view -> assertThat(view.id()).isEqualTo("0"))
                .then(() -> append("ServiceRequest", id, 1, ServiceRequestEvents.firstResponse(id,
                        FirstResponseAct.values()[0], MAR10.plusSeconds(300), MAR10)))
                .assertNext(view -> {
                    assertThat(view.id()).isEqualTo("1");
                    assertThat(view.data()).containsEntry("requestId", id).containsEntry("lastSequence", 1);
                })
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void the_complaint_sla_stream_sends_the_report_again_when_a_complaint_changes_it() {
        String subsidiary = newSubsidiary();
        String first = newComplaintId();
        complaints.appendAndAwait(ComplaintStory.of(first, received(first, subsidiary, MAR10).department("D1").event()));
        String second = newComplaintId();

        StepVerifier.create(data(stream("/api/metrics/complaint-sla/live?from=2026-03&to=2026-03&subsidiary="
                        + subsidiary)))
                .assertNext(report -> {
                    assertThat(report.event()).isEqualTo("complaint-sla");
                    assertThat(receivedIn(report.data())).isEqualTo(1);
                })
                .then(() -> complaints.append(ComplaintStory.of(second,
                        received(second, subsidiary, MAR10.plusSeconds(60)).department("D1").event())))
                .assertNext(report -> assertThat(receivedIn(report.data())).isEqualTo(2))
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void the_complaint_rate_stream_sends_the_new_figures_when_a_complaint_arrives() {
        String subsidiary = newSubsidiary();
        String first = newComplaintId();
        complaints.appendAndAwait(ComplaintStory.of(first, received(first, subsidiary, MAR10).department("D1").event()));
        String second = newComplaintId();

        StepVerifier.create(data(stream("/api/metrics/complaint-rate/live?from=2026-03&to=2026-04&subsidiaryId="
                        + subsidiary)))
                .assertNext(report -> {
                    assertThat(report.event()).isEqualTo("complaint-rate");
                    assertThat(validComplaintsInMarch(report.data())).isEqualTo(1);
                })
                .then(() -> complaints.append(ComplaintStory.of(second,
                        received(second, subsidiary, MAR10.plusSeconds(60)).department("D1").event())))
                .assertNext(report -> assertThat(validComplaintsInMarch(report.data())).isEqualTo(2))
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void a_bad_parameter_of_a_live_metric_is_refused_before_any_stream_starts() {
        api.get("/api/metrics/satisfaction-trend/live?from=2026-03&to=2026-04&period=fortnight").expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("period");
    }

    /** The complaint rate's numerator for March 2026. */
    @SuppressWarnings("unchecked")
    private static long validComplaintsInMarch(Map<String, Object> report) {
        List<Map<String, Object>> series = (List<Map<String, Object>>) report.get("series");
        return series.stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("buckets")).stream())
                .filter(b -> "2026-03".equals(b.get("period")))
                .mapToLong(b -> ((Number) b.get("numerator")).longValue())
                .sum();
    }

    @Test
    void an_idle_stream_sends_heartbeat_comments() {
        String nothingYet = newComplaintId();

        StepVerifier.create(stream("/api/complaints/" + nothingYet + "/live").take(2))
                .assertNext(event -> assertThat(event.comment()).isEqualTo("heartbeat"))
                .assertNext(event -> assertThat(event.comment()).isEqualTo("heartbeat"))
                .verifyComplete();
    }

    @Test
    void a_bad_metric_parameter_is_refused_before_any_stream_starts() {
        api.get("/api/metrics/complaint-sla/live?from=2026-13&to=2026-03").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    }

    /** D1's complaints received in March. */
    @SuppressWarnings("unchecked")
    private static long receivedIn(Map<String, Object> report) {
        List<Map<String, Object>> months = (List<Map<String, Object>>) report.get("months");
        return months.stream()
                .flatMap(m -> ((List<Map<String, Object>>) m.get("departments")).stream())
                .filter(d -> "D1".equals(d.get("departmentId")))
                .mapToLong(d -> ((Number) d.get("received")).longValue())
                .sum();
    }

    private Flux<ServerSentEvent<Map<String, Object>>> stream(String uri) {
        return api.http().get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
                })
                .getResponseBody();
    }

    /** Without heartbeat comments. */
    private static Flux<ServerSentEvent<Map<String, Object>>> data(Flux<ServerSentEvent<Map<String, Object>>> events) {
        return events.filter(event -> event.data() != null);
    }

    private void append(String type, String id, long sequence, Object event) {
        complaints.eventStore().publish(new GenericDomainEventMessage<>(type, id, sequence, event,
                MetaData.with(MetadataKeys.PRINCIPAL, "live-test")));
    }
}
