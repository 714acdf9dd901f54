package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.CUSTOMER_EMAIL;
import static com.serviceledger.query.support.ComplaintEvents.CUSTOMER_NAME;
import static com.serviceledger.query.support.ComplaintEvents.callback;
import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.handlerNamed;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static com.serviceledger.query.support.ComplaintEvents.resolved;
import static com.serviceledger.query.support.ComplaintEvents.warning;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.ParameterizedTypeReference;

/**
 * An auditor asks what a case looked like at a moment or after an event: the command side's own aggregate,
 * rebuilt from the event store up to that cut, over HTTP.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStateTest {

    /** The complaint's stored events fall on these moments (sequence 0 to 6). */
    private static final Instant T0 = Instant.parse("2026-03-10T01:00:00Z");
    private static final Instant FORWARDED = T0.plus(Duration.ofMinutes(5));
    private static final Instant WARNED = T0.plus(Duration.ofMinutes(24));
    private static final Instant CONTACTED = T0.plus(Duration.ofMinutes(40));
    private static final Instant HANDLER_NAMED = T0.plus(Duration.ofMinutes(50));
    private static final Instant RESOLVED = T0.plus(Duration.ofHours(2));
    private static final Instant CALLED_BACK = T0.plus(Duration.ofHours(3));
    private static final Instant CALLBACK_DUE = RESOLVED.plus(Duration.ofDays(1));

    private final ComplaintEventLog log;
    private final Api api;
    private final String complaintId = newComplaintId();
    private final String requestId = ServiceRequestEvents.newRequestId();

    CaseStateTest(ComplaintEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    /**
     * A normal complaint (contact due at +30 min, hard limit +4 h, resolution +2 days) forwarded, warned at 80 %
     * of the contact target, contacted late at +40 min, handled, resolved and called back; and a service
     * request that waited for materials, was planned and then postponed in time.
     */
    @BeforeAll
    void twoCases() {
        String subsidiary = newSubsidiary();
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(event("Complaint", complaintId, 0, received(complaintId, subsidiary, T0).event(), T0));
        events.add(event("Complaint", complaintId, 1, forwarded(complaintId, "D1", FORWARDED), FORWARDED));
        events.add(event("Complaint", complaintId, 2,
                warning(complaintId, SlaTarget.CONTACT, 80, T0.plus(Duration.ofMinutes(30)), WARNED), WARNED));
        events.add(event("Complaint", complaintId, 3, contacted(complaintId, CONTACTED, false, true), CONTACTED));
        events.add(event("Complaint", complaintId, 4, handlerNamed(complaintId, HANDLER_NAMED), HANDLER_NAMED));
        events.add(event("Complaint", complaintId, 5, resolved(complaintId, RESOLVED, true, CALLBACK_DUE), RESOLVED));
        events.add(event("Complaint", complaintId, 6, callback(complaintId, CALLED_BACK, true, true), CALLED_BACK));

        Instant r0 = T0.plus(Duration.ofDays(1));
        Instant due = r0.plus(Duration.ofDays(5));
        Instant postponed = due.plus(Duration.ofDays(3));
        events.add(event("ServiceRequest", requestId, 0, ServiceRequestEvents.received(requestId, subsidiary,
                ServiceCategory.BUSINESS_ASSISTANCE, Channel.ON_SITE, "Open a customer account", r0), r0));
        events.add(event("ServiceRequest", requestId, 1,
                ServiceRequestEvents.materialsRequested(requestId, r0.plusSeconds(60), "ID card"), r0.plusSeconds(60)));
        events.add(event("ServiceRequest", requestId, 2,
                ServiceRequestEvents.materialsReceived(requestId, r0.plusSeconds(3600)), r0.plusSeconds(3600)));
        events.add(event("ServiceRequest", requestId, 3,
                ServiceRequestEvents.assigned(requestId, r0.plusSeconds(3700)), r0.plusSeconds(3700)));
        events.add(event("ServiceRequest", requestId, 4,
                ServiceRequestEvents.planned(requestId, r0.plusSeconds(7200), due), r0.plusSeconds(7200)));
        events.add(event("ServiceRequest", requestId, 5, ServiceRequestEvents.delay(requestId,
                r0.plus(Duration.ofDays(2)), due, postponed), r0.plus(Duration.ofDays(2))));
        log.eventStore().publish(events);
    }

    private static GenericDomainEventMessage<?> event(String type, String id, long seq, Object payload,
                                                      Instant timestamp) {
        return new GenericDomainEventMessage<>(type, id, seq, payload,
                MetaData.from(Map.of(MetadataKeys.PRINCIPAL, "state-test")), UUID.randomUUID().toString(), timestamp);
    }

    @Test
    void right_after_receipt_the_complaint_is_received_with_its_due_times_fixed() {
        Map<String, Object> view = state(complaintId, "?untilSequence=0");

        assertThat(view).containsEntry("aggregateId", complaintId).containsEntry("aggregateType", "Complaint")
                .containsEntry("sequence", 0).containsEntry("asOf", "2026-03-10T01:00:00Z");
        Map<String, Object> complaint = fields(view);
        assertThat(complaint).containsEntry("complaintId", complaintId).containsEntry("status", "RECEIVED")
                .containsEntry("urgency", "NORMAL").containsEntry("receivedAt", "2026-03-10T01:00:00Z")
                .containsEntry("contacted", false).doesNotContainKey("handlerId");
        assertThat(map(complaint.get("deadlines"))).containsEntry("contactDueAt", "2026-03-10T01:30:00Z")
                .containsEntry("contactHardLimitAt", "2026-03-10T05:00:00Z")
                .containsEntry("resolutionDueAt", "2026-03-12T01:00:00Z");
        assertThat(map(complaint.get("metTargets"))).isEmpty();
    }

    @Test
    void a_moment_exactly_at_an_event_includes_that_event() {
        Map<String, Object> view = state(complaintId, "?until=2026-03-10T01:05:00Z");

        assertThat(view).containsEntry("sequence", 1).containsEntry("asOf", "2026-03-10T01:05:00Z");
        assertThat(fields(view)).containsEntry("status", "FORWARDED");
        assertThat(fields(state(complaintId, "?until=2026-03-10T01:04:59.999Z"))).containsEntry("status", "RECEIVED");
    }

    @Test
    void a_moment_between_two_events_shows_the_state_after_the_earlier_one() {
        // the contact target is due at 01:30: warned at 01:24, not yet contacted at 01:35
        Map<String, Object> view = state(complaintId, "?until=2026-03-10T01:35:00Z");

        assertThat(view).containsEntry("sequence", 2).containsEntry("asOf", "2026-03-10T01:24:00Z");
        Map<String, Object> complaint = fields(view);
        assertThat(complaint).containsEntry("status", "FORWARDED").containsEntry("contacted", false);
        assertThat((List<?>) complaint.get("firedCheckpoints")).hasSize(1);
    }

    @Test
    void the_handler_and_the_met_contact_targets_appear_once_recorded() {
        Map<String, Object> complaint = fields(state(complaintId, "?untilSequence=4"));

        assertThat(complaint).containsEntry("status", "IN_HANDLING").containsEntry("handlerId", "HANDLER-1")
                .containsEntry("contacted", true);
        assertThat(map(complaint.get("metTargets"))).containsOnlyKeys("CONTACT", "CONTACT_HARD_LIMIT")
                .containsEntry("CONTACT", "2026-03-10T01:40:00Z");
    }

    @Test
    void without_a_cut_the_state_is_the_latest_and_the_stricter_of_two_cuts_wins() {
        Map<String, Object> latest = state(complaintId, "");
        assertThat(latest).containsEntry("sequence", 6).containsEntry("asOf", "2026-03-10T04:00:00Z");
        assertThat(fields(latest)).containsEntry("status", "CALLED_BACK")
                .containsEntry("callbackDueAt", "2026-03-11T03:00:00Z").containsEntry("resolvedOnce", true);
        assertThat(map(fields(latest).get("metTargets")))
                .containsOnlyKeys("CONTACT", "CONTACT_HARD_LIMIT", "RESOLUTION", "CALLBACK");

        assertThat(state(complaintId, "?untilSequence=5&until=2026-03-10T01:50:00Z")).containsEntry("sequence", 4);
        assertThat(state(complaintId, "?untilSequence=5&until=2026-03-10")).containsEntry("sequence", 5);
    }

    @Test
    void a_service_request_shows_its_agreed_due_time_moving_when_a_delay_is_announced_in_time() {
        Map<String, Object> waiting = fields(state(requestId, "?untilSequence=1"));
        assertThat(waiting).containsEntry("status", "AWAITING_MATERIALS").containsEntry("materialsRequested", true);

        Map<String, Object> planned = state(requestId, "?until=2026-03-11T03:00:00Z");
        assertThat(planned).containsEntry("aggregateType", "ServiceRequest").containsEntry("sequence", 4);
        assertThat(fields(planned)).containsEntry("status", "PLANNED")
                .containsEntry("originalDueAt", "2026-03-16T01:00:00Z")
                .containsEntry("agreedDueAt", "2026-03-16T01:00:00Z");

        Map<String, Object> postponed = fields(state(requestId, ""));
        assertThat(postponed).containsEntry("status", "PLANNED").containsEntry("originalDueAt", "2026-03-16T01:00:00Z")
                .containsEntry("agreedDueAt", "2026-03-19T01:00:00Z")
                .containsEntry("deliveryClockStartedAt", "2026-03-13T01:00:00Z");
    }

    @Test
    void no_personal_data_and_no_axon_internals_are_shown() {
        String body = api.get("/api/audit/cases/" + requestId + "/state").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains(requestId).doesNotContain(ServiceRequestEvents.CUSTOMER_NAME,
                ServiceRequestEvents.CUSTOMER_PHONE, ServiceRequestEvents.CUSTOMER_EMAIL, CUSTOMER_NAME, CUSTOMER_EMAIL,
                "aggregateRoot", "eventBus", "AT_WORK");
    }

    @Test
    void before_its_first_event_or_unknown_a_case_is_not_found() {
        api.get("/api/audit/cases/" + complaintId + "/state?until=2026-03-10T00:59:59Z").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        api.get("/api/audit/cases/" + complaintId + "/state?until=2026-03-09").expectStatus().isNotFound();
        api.get("/api/audit/cases/CMP-nobody-" + UUID.randomUUID() + "/state").expectStatus().isNotFound();
    }

    /** An event of a kind the command side never had, stored under an aggregate type it does not define. */
    record GrievanceFiled(String grievanceId) {
    }

    @Test
    void a_case_of_a_type_the_command_side_does_not_define_cannot_be_replayed() {
        String grievanceId = "GRV-" + UUID.randomUUID();
        log.eventStore().publish(event("Grievance", grievanceId, 0, new GrievanceFiled(grievanceId), T0));

        api.get("/api/audit/cases/" + grievanceId + "/state").expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("Grievance"));
        api.get("/api/audit/cases/" + grievanceId + "/events").expectStatus().isOk();
    }

    @Test
    void a_bad_cut_is_a_problem_naming_the_parameter() {
        api.get("/api/audit/cases/" + complaintId + "/state?untilSequence=-1").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("untilSequence");
        api.get("/api/audit/cases/" + complaintId + "/state?untilSequence=three").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("untilSequence");
        api.get("/api/audit/cases/" + complaintId + "/state?until=yesterday").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("until");
    }

    private Map<String, Object> state(String id, String query) {
        return api.get("/api/audit/cases/" + id + "/state" + query).expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult()
                .getResponseBody();
    }

    private static Map<String, Object> fields(Map<String, Object> view) {
        return map(view.get("state"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
