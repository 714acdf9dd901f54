package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static com.serviceledger.query.support.ComplaintEvents.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.kernel.audit.EventChainLink;
import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An auditor exports the cases active in a period, each from its first event up to the period's end, as NDJSON
 * lines of the stored events that can be verified from the file alone.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditExportTest {

    private final EventStore eventStore;
    private final Api api;
    /** A period of its own (a day far from every other test's events), so nothing else falls in it. */
    private final LocalDate day = LocalDate.of(2050, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    private final Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    private final Instant to = from.plus(Duration.ofDays(10));
    private final String north = newSubsidiary();
    private final String south = newSubsidiary();
    private final List<GenericDomainEventMessage<?>> published = new ArrayList<>();

    private final String receivedBefore = newComplaintId();   // north: received before, contacted in, resolved after
    private final String receivedIn = newComplaintId();       // south: received and forwarded in the period
    private final String wholeBefore = newComplaintId();      // north: all before the period
    private final String halfSecondBefore = newComplaintId(); // north: 0.5 s before from (inside the SQL slack)
    private final String request = ServiceRequestEvents.newRequestId(); // north service request in the period
    private final String atFrom = newComplaintId();           // north: exactly at from (included)
    private final String atTo = newComplaintId();             // north: exactly at to (excluded)

    AuditExportTest(EventStore eventStore, Api api) {
        this.eventStore = eventStore;
        this.api = api;
    }

    @BeforeAll
    void cases() {
        Instant fiveDaysBefore = from.minus(Duration.ofDays(5));
        Instant twentyDaysBefore = from.minus(Duration.ofDays(20));
        add("Complaint", receivedBefore, 0, received(receivedBefore, north, fiveDaysBefore).event(), fiveDaysBefore);
        add("Complaint", wholeBefore, 0, received(wholeBefore, north, twentyDaysBefore).event(), twentyDaysBefore);
        add("Complaint", wholeBefore, 1, contacted(wholeBefore, twentyDaysBefore.plus(Duration.ofDays(1)), true, true),
                twentyDaysBefore.plus(Duration.ofDays(1)));
        add("Complaint", halfSecondBefore, 0, received(halfSecondBefore, north, from.minusMillis(500)).event(),
                from.minusMillis(500));
        Instant day2 = from.plus(Duration.ofDays(2));
        add("Complaint", receivedIn, 0, received(receivedIn, south, day2).event(), day2);
        add("Complaint", receivedBefore, 1, contacted(receivedBefore, from.plus(Duration.ofDays(1)), true, false),
                from.plus(Duration.ofDays(1)));
        add("Complaint", receivedIn, 1, forwarded(receivedIn, "D2", day2.plus(Duration.ofDays(1))),
                day2.plus(Duration.ofDays(1)));
        Instant day4 = from.plus(Duration.ofDays(4));
        add("ServiceRequest", request, 0, ServiceRequestEvents.received(request, north, ServiceCategory.INFORMATION,
                Channel.HOTLINE, "Opening hours of the weighbridge", day4), day4);
        add("Complaint", atFrom, 0, received(atFrom, north, from).event(), from);
        add("Complaint", atTo, 0, received(atTo, north, to).event(), to);
        Instant after = to.plus(Duration.ofDays(2));
        add("Complaint", receivedBefore, 2, resolved(receivedBefore, after, true, after), after);
        eventStore.publish(published);
    }

    private void add(String type, String id, long seq, Object payload, Instant timestamp) {
        published.add(new GenericDomainEventMessage<>(type, id, seq, payload, MetaData.from(Map.of(
                MetadataKeys.PRINCIPAL, "export-test", MetadataKeys.CORRELATION_ID, "corr-" + id)),
                UUID.randomUUID().toString(), timestamp));
    }

    @Test
    void the_cases_active_in_the_period_are_exported_from_their_first_event_until_the_period_ends() {
        List<JsonNode> lines = export("from=" + day + "&to=" + day.plusDays(10));

        assertThat(lines).extracting(l -> l.get("aggregateId").asText() + "#" + l.get("sequence").asInt())
                .containsExactly(receivedBefore + "#0", receivedIn + "#0", receivedBefore + "#1", receivedIn + "#1",
                        request + "#0", atFrom + "#0");
        assertThat(lines).extracting(l -> l.get("globalIndex").asLong()).isSorted();
    }

    @Test
    void the_case_type_and_the_unit_narrow_the_cases() {
        assertThat(ids(export("from=" + from + "&to=" + to + "&unit=" + north)))
                .containsExactly(receivedBefore, receivedBefore, request, atFrom);
        assertThat(ids(export("from=" + from + "&to=" + to + "&caseType=ServiceRequest"))).containsExactly(request);
        assertThat(ids(export("from=" + from + "&to=" + to + "&caseType=Complaint&unit=" + south)))
                .containsExactly(receivedIn, receivedIn);
    }

    @Test
    void every_line_is_a_stored_event_whose_chain_hash_recomputes_from_the_line_alone() {
        List<JsonNode> lines = export("from=" + from + "&to=" + to);

        for (JsonNode line : lines) {
            assertThat(line.properties()).extracting(Map.Entry::getKey).containsExactly("globalIndex", "eventId",
                    "aggregateType", "aggregateId", "sequence", "timestamp", "payloadType", "revision", "payload",
                    "metadata");
            assertThat(line.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(line.get("payload").isObject()).isTrue();
            assertThat(line.get("metadata").get(MetadataKeys.PRINCIPAL).asText()).isEqualTo("export-test");
            EventChainLink link = new EventChainLink(text(line, "aggregateType"), text(line, "aggregateId"),
                    line.get("sequence").asLong(), text(line, "eventId"), text(line, "timestamp"),
                    text(line, "payloadType"), text(line, "revision"), line.get("payload"), line.get("metadata"));
            assertThat(EventHash.of(link)).isEqualTo(line.get("metadata").get(MetadataKeys.CHAIN_HASH).asText());
        }
        JsonNode first = lines.getFirst();
        assertThat(first.get("aggregateType").asText()).isEqualTo("Complaint");
        assertThat(first.get("payloadType").asText()).isEqualTo("com.serviceledger.kernel.complaint.ComplaintReceived");
        assertThat(first.get("revision").asText()).isEqualTo("3");
        assertThat(first.get("timestamp").asText()).isEqualTo(from.minus(Duration.ofDays(5)).toString().replace("Z", ".000Z"));
        assertThat(first.get("payload").get("complaintId").asText()).isEqualTo(receivedBefore);
        assertThat(first.get("metadata").get(MetadataKeys.CHAIN_PREVIOUS).asText()).isEqualTo(EventHash.GENESIS);
        assertThat(lines.get(2).get("metadata").get(MetadataKeys.CHAIN_PREVIOUS).asText())
                .isEqualTo(first.get("metadata").get(MetadataKeys.CHAIN_HASH).asText());
    }

    @Test
    void the_export_is_an_ndjson_attachment_named_after_the_period() {
        var result = api.get("/api/audit/export?from=" + day + "&to=" + day.plusDays(10)).expectStatus().isOk()
                .expectHeader().contentType("application/x-ndjson")
                .expectHeader().valueEquals("Content-Disposition",
                        "attachment; filename=\"serviceledger-" + day + "-" + day.plusDays(10) + ".ndjson\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        String body = new String(result, StandardCharsets.UTF_8);

        assertThat(body).endsWith("\n").doesNotContain("\n\n");
        assertThat(body.split("\n")).hasSize(6);
    }

    @Test
    void bad_periods_are_problems_naming_the_parameter() {
        problem("/api/audit/export?to=" + to, "from");
        problem("/api/audit/export?from=" + from, "to");
        problem("/api/audit/export?from=" + from + "&to=" + from, "to");
        problem("/api/audit/export?from=yesterday&to=" + to, "from");
        problem("/api/audit/verification?from=" + to + "&to=" + from, "to");
    }

    private void problem(String uri, String field) {
        api.get(uri).expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private List<JsonNode> export(String query) {
        byte[] body = api.get("/api/audit/export?" + query).expectStatus().isOk().expectBody(byte[].class)
                .returnResult().getResponseBody();
        if (body == null) {
            return List.of();
        }
        return Arrays.stream(new String(body, StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isEmpty())
                .map(l -> EventHash.parse(l.getBytes(StandardCharsets.UTF_8))).toList();
    }

    private static List<String> ids(List<JsonNode> lines) {
        return lines.stream().map(l -> l.get("aggregateId").asText()).toList();
    }

    private static String text(JsonNode line, String field) {
        return line.get(field).isNull() ? null : line.get(field).asText();
    }
}
