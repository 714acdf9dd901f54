package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.CUSTOMER_EMAIL;
import static com.serviceledger.query.support.ComplaintEvents.CUSTOMER_NAME;
import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.ParameterizedTypeReference;

/** An auditor reads a case's events straight from the event store, in order, with who, when and why. */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAuditTest {

    private static final String PHONE = "13812341234";

    private final ComplaintEventLog log;
    private final Api api;
    private final String complaintId = newComplaintId();
    private final Instant at = Instant.parse("2026-03-10T01:00:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-03-11T00:00:00Z");

    CaseAuditTest(ComplaintEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    /** Received by D1 (with the customer's name, phone and e-mail), contacted, forwarded to D2, then to D3 at midnight. */
    @BeforeAll
    void aComplaint() {
        String subsidiary = newSubsidiary();
        log.eventStore().publish(List.of(
                event(0, received(complaintId, subsidiary, at).department("D1").event(), at),
                event(1, contacted(complaintId, at.plusSeconds(600), true, true), at.plusSeconds(600)),
                event(2, forwarded(complaintId, "D2", at.plusSeconds(1200)), at.plusSeconds(1200)),
                event(3, forwarded(complaintId, "D3", MIDNIGHT), MIDNIGHT)));
    }

    private GenericDomainEventMessage<?> event(long seq, Object payload, Instant timestamp) {
        return new GenericDomainEventMessage<>("Complaint", complaintId, seq, payload, MetaData.from(Map.of(
                MetadataKeys.PRINCIPAL, "agent-" + seq, MetadataKeys.CLIENT, "audit-test",
                MetadataKeys.CORRELATION_ID, "corr-" + complaintId, MetadataKeys.CAUSATION_ID, "cause-" + seq)),
                UUID.randomUUID().toString(), timestamp);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_case_stream_lists_every_event_in_order_with_its_metadata() {
        List<Map<String, Object>> entries = entries("");

        assertThat(entries).extracting(e -> e.get("sequence")).containsExactly(0, 1, 2, 3);
        assertThat(entries).extracting(e -> e.get("type"))
                .containsExactly("ComplaintReceived", "CustomerContacted", "ComplaintForwarded", "ComplaintForwarded");
        assertThat(entries).extracting(e -> e.get("principal"))
                .containsExactly("agent-0", "agent-1", "agent-2", "agent-3");
        assertThat(entries.getFirst()).containsEntry("revision", "3").containsEntry("client", "audit-test")
                .containsEntry("correlationId", "corr-" + complaintId).containsEntry("causationId", "cause-0")
                .containsEntry("timestamp", "2026-03-10T01:00:00Z");
        assertThat((Map<String, Object>) entries.getFirst().get("payload"))
                .containsEntry("complaintId", complaintId).containsKey("policyVersion");
    }

    @Test
    void no_personal_data_leaves_the_event_store_before_roles_exist() {
        String body = api.get("/api/audit/cases/" + complaintId + "/events").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains(complaintId).doesNotContain(PHONE, CUSTOMER_NAME, CUSTOMER_EMAIL);
    }

    @Test
    void the_stream_can_be_cut_at_a_sequence_number_or_a_moment() {
        assertThat(entries("?untilSequence=1")).extracting(e -> e.get("sequence")).containsExactly(0, 1);
        assertThat(entries("?until=2026-03-10T01:10:00Z")).extracting(e -> e.get("sequence")).containsExactly(0, 1);
        assertThat(entries("?until=2026-03-10T01:09:59Z")).extracting(e -> e.get("sequence")).containsExactly(0);
        // a date is the whole day: an event at the next midnight belongs to the next day
        assertThat(entries("?until=2026-03-10")).extracting(e -> e.get("sequence")).containsExactly(0, 1, 2);
        assertThat(entries("?until=2026-03-11")).extracting(e -> e.get("sequence")).containsExactly(0, 1, 2, 3);
    }

    @Test
    void an_unknown_case_or_a_bad_cut_is_a_problem() {
        api.get("/api/audit/cases/CMP-nobody/events").expectStatus().isNotFound();
        api.get("/api/audit/cases/" + complaintId + "/events?untilSequence=-1").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("untilSequence");
        api.get("/api/audit/cases/" + complaintId + "/events?until=yesterday").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("until");
    }

    private List<Map<String, Object>> entries(String query) {
        return api.get("/api/audit/cases/" + complaintId + "/events" + query).expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult()
                .getResponseBody();
    }
}
