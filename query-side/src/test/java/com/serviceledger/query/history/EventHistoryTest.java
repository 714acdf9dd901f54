package com.serviceledger.query.history;

import static com.serviceledger.query.support.ComplaintEvents.CUSTOMER_EMAIL;
import static com.serviceledger.query.support.ComplaintEvents.CUSTOMER_NAME;
import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventHistoryTest {

    private static final String COMPLAINT_PHONE = "13812341234";

    private final ComplaintEventLog log;
    private final EventProcessingConfiguration processing;
    private final Api api;

    private final String subsidiary = newSubsidiary();
    private final String complaintId = newComplaintId();
    private final String requestId = ServiceRequestEvents.newRequestId();
    private final String correlation = "corr-" + UUID.randomUUID();
    private final Instant at = Instant.parse("2026-03-10T01:00:00Z");
    private List<EventMessage<?>> appended;

    EventHistoryTest(ComplaintEventLog log, EventProcessingConfiguration processing, Api api) {
        this.log = log;
        this.processing = processing;
        this.api = api;
    }

    /**
     * A complaint received (with the customer's name, phone and email) by department D1, contacted (the
     * event names no unit), forwarded to D2, contacted again; and a service request of the same subsidiary.
     */
    @BeforeAll
    void aComplaintAndAServiceRequest() {
        appended = List.of(
                event("Complaint", complaintId, 0, received(complaintId, subsidiary, at).department("D1")
                        .saying("The weighbridge clerk was rude", "An apology").event()),
                event("Complaint", complaintId, 1, contacted(complaintId, at.plusSeconds(600), true, true)),
                event("Complaint", complaintId, 2, forwarded(complaintId, "D2", at.plusSeconds(1200))),
                event("Complaint", complaintId, 3, contacted(complaintId, at.plusSeconds(1800), true, true)),
                event("ServiceRequest", requestId, 0, ServiceRequestEvents.received(requestId, subsidiary,
                        ServiceCategory.values()[0], Channel.HOTLINE, "Open an account for the quarry", at)));
        log.eventStore().publish(appended);
        awaitHistory("aggregateId=" + complaintId, 4);
        awaitHistory("aggregateId=" + requestId, 1);
    }

    private EventMessage<?> event(String type, String id, long seq, Object payload) {
        return new GenericDomainEventMessage<>(type, id, seq, payload, MetaData.from(Map.of(
                MetadataKeys.PRINCIPAL, "analyst-test", MetadataKeys.CLIENT, "history-test",
                MetadataKeys.CORRELATION_ID, correlation, MetadataKeys.CAUSATION_ID, "cause-" + seq)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_event_is_a_document_with_its_time_aggregate_unit_and_metadata() {
        List<Map<String, Object>> items = items("aggregateId=" + complaintId);

        assertThat(items).extracting(d -> ((Map<String, Object>) d.get("aggregate")).get("sequence"))
                .containsExactly(3, 2, 1, 0);
        Map<String, Object> received = items.get(3);
        // the JDBC event store keeps milliseconds
        assertThat(Instant.parse((String) received.get("@timestamp")))
                .isEqualTo(appended.getFirst().getTimestamp().truncatedTo(ChronoUnit.MILLIS));
        assertThat(received.get("event")).isEqualTo(Map.of("type", "ComplaintReceived",
                "id", appended.getFirst().getIdentifier(), "revision", "3"));
        assertThat(received.get("aggregate")).isEqualTo(Map.of("type", "Complaint", "id", complaintId, "sequence", 0));
        assertThat(received).containsEntry("principal", "analyst-test").containsEntry("client", "history-test")
                .containsEntry("correlationId", correlation).containsEntry("causationId", "cause-0");
        assertThat((Map<String, Object>) received.get("payload")).containsEntry("complaintId", complaintId)
                .containsEntry("content", "The weighbridge clerk was rude")
                .containsEntry("complainedAbout", Map.of("subsidiaryId", subsidiary, "departmentId", "D1",
                        "postId", "POST-SCALE-1", "staffId", "STAFF-7"));
        assertThat((String) received.get("text")).contains("The weighbridge clerk was rude", "An apology");
    }

    @Test
    void an_event_without_a_unit_is_filed_under_its_aggregates_unit_as_of_that_event() {
        List<Map<String, Object>> items = items("aggregateId=" + complaintId);

        Map<String, Object> d1 = Map.of("subsidiaryId", subsidiary, "departmentId", "D1", "postId", "POST-SCALE-1",
                "staffId", "STAFF-7");
        Map<String, Object> d2 = Map.of("subsidiaryId", subsidiary, "departmentId", "D2", "postId", "POST-SCALE-1",
                "staffId", "STAFF-7");
        assertThat(items).extracting(d -> d.get("unit")).containsExactly(d2, d2, d1, d1);
    }

    @Test
    void no_customer_name_phone_or_email_is_stored_or_findable() {
        String stored = api.get("/api/history?subsidiaryId=" + subsidiary + "&size=100").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(stored).contains(complaintId, requestId)
                .doesNotContain(CUSTOMER_NAME, COMPLAINT_PHONE, CUSTOMER_EMAIL, "Wang", "customer",
                        ServiceRequestEvents.CUSTOMER_NAME, ServiceRequestEvents.CUSTOMER_PHONE,
                        ServiceRequestEvents.CUSTOMER_EMAIL);
        assertThat(total("q=Xiaoming")).isZero();
        assertThat(total("q=" + COMPLAINT_PHONE)).isZero();
        assertThat(total("q=" + ServiceRequestEvents.CUSTOMER_PHONE)).isZero();
    }

    @Test
    void filters_and_full_text_narrow_the_history() {
        String mine = "subsidiaryId=" + subsidiary;
        assertThat(total(mine)).isEqualTo(5);
        assertThat(total(mine + "&type=CustomerContacted")).isEqualTo(2);
        assertThat(total(mine + "&aggregateType=ServiceRequest")).isEqualTo(1);
        assertThat(total("aggregateId=" + requestId)).isEqualTo(1);
        assertThat(total(mine + "&departmentId=D2")).isEqualTo(2);
        assertThat(total(mine + "&departmentId=D1")).isEqualTo(2);
        assertThat(total("correlationId=" + correlation)).isEqualTo(5);
        assertThat(total("correlationId=" + correlation + "&principal=analyst-test")).isEqualTo(5);
        assertThat(total("correlationId=" + correlation + "&principal=someone-else")).isZero();
        assertThat(total(mine + "&q=weighbridge rude")).isEqualTo(1);
        assertThat(total(mine + "&q=quarry account")).isEqualTo(1);
        assertThat(total(mine + "&q=weighbridge quarry")).isZero();
        Instant first = appended.getFirst().getTimestamp().truncatedTo(ChronoUnit.MILLIS);
        Instant last = appended.getLast().getTimestamp().truncatedTo(ChronoUnit.MILLIS);
        assertThat(total(mine + "&from=" + first + "&to=" + last.plusMillis(1))).isEqualTo(5);
        assertThat(total(mine + "&to=" + first)).isZero();
    }

    @Test
    void bad_parameters_are_problems_naming_the_parameter() {
        api.get("/api/history?from=yesterday").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        api.get("/api/history?size=0").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void a_replay_of_every_event_duplicates_nothing() {
        StreamingEventProcessor processor = processing
                .eventProcessor(EventHistoryProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        long head = log.eventStore().createHeadToken().position().orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(ComplaintEventLog.PATIENCE).pollInterval(Duration.ofMillis(100)).until(() ->
                !processor.isReplaying() && !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                        .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));

        assertThat(total("subsidiaryId=" + subsidiary)).isEqualTo(5);
        assertThat(total("correlationId=" + correlation)).isEqualTo(5);
        assertThat(items("aggregateId=" + complaintId)).extracting(d -> d.get("unit")).doesNotContainNull();
    }

    @Test
    void an_aggregate_the_tracker_has_forgotten_gets_its_unit_from_its_earlier_events_in_the_store() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        UnitTracker forgetful = new UnitTracker(log.eventStore(), json::valueToTree, 1);
        DomainEventMessage<?> secondContact = log.eventStore().readEvents(complaintId, 3).next();

        assertThat(forgetful.unitAfter(secondContact, json.valueToTree(secondContact.getPayload())))
                .isEqualTo(new Unit(subsidiary, "D2", "POST-SCALE-1", "STAFF-7"));
    }

    private void awaitHistory(String query, long count) {
        // a case not in the history yet is a 404
        await().atMost(ComplaintEventLog.PATIENCE).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> total(query) == count);
    }

    private long total(String query) {
        return ((Number) page(query).get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String query) {
        return (List<Map<String, Object>>) page(query).get("items");
    }

    private Map<String, Object> page(String query) {
        return api.http().get().uri("/api/history?" + query).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }
}
