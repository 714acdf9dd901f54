package com.serviceledger.query.audit.replay;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.platform.axon.SerializerConfiguration;
import com.serviceledger.platform.upcasting.ComplaintReceivedRevision2;
import com.serviceledger.query.history.HistoryDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/**
 * The offline history document of a stored event is the one the projection appends: {@link HistoryDocuments#of}
 * of the message the event store hands out. The complaint's first event is stored as revision 2 (its unit named
 * {@code target}), so the replay must upcast it as the store does, or the complaint's unit is lost.
 */
class ReplayedHistoryTest {

    private static final ObjectMapper AXON = SerializerConfiguration.axonObjectMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-03-10T01:00:00Z");
    private static final String COMPLAINT = "CMP-HISTORY-1";
    private static final String SUBSIDIARY = "SUB-HISTORY";

    private final ComplaintReceivedRevision2 receivedAsRevision2 = new ComplaintReceivedRevision2(COMPLAINT, SUBSIDIARY,
            "DEP-WEIGHBRIDGE", AT, "agent-history");
    /** The stored events, and the messages the event store hands the projection for them (revision 3). */
    private final List<ExportedEvent> stored = new ArrayList<>();
    private final List<GenericDomainEventMessage<?>> handedOut = new ArrayList<>();

    ReplayedHistoryTest() throws Exception {
        stored.add(NdjsonEvents.parse(receivedAsRevision2.exportLine(1), 1));
        handedOut.add(message(stored.getFirst(), receivedAsRevision3()));
        // the contact names no unit: it is filed under the complaint's; the forward moves it to another department
        store(contacted(COMPLAINT, AT.plusSeconds(600), true, true));
        store(forwarded(COMPLAINT, "DEP-GATE", AT.plusSeconds(1200)));
        store(contacted(COMPLAINT, AT.plusSeconds(1800), true, true));
    }

    @Test
    void each_stored_event_becomes_the_document_the_projection_appends_for_it() {
        HistoryDocuments projection = HistoryDocuments.ofEventsInOrder();
        ReplayedHistory replayed = new ReplayedHistory();

        for (int i = 0; i < stored.size(); i++) {
            List<ReplayedHistory.Document> documents = replayed.of(stored.get(i));
            assertThat(documents).hasSize(1);
            assertThat(documents.getFirst().eventId()).isEqualTo(stored.get(i).eventId());
            assertThat(documents.getFirst().source()).as("event %d", i).isEqualTo(projection.of(handedOut.get(i)));
        }
        assertThat(replayed.problems()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_revision_2_event_is_read_as_revision_3_with_its_unit_and_without_the_customer() {
        Map<String, Object> received = new ReplayedHistory().of(stored.getFirst()).getFirst().source();

        assertThat(received.get("event")).isEqualTo(Map.of("type", "ComplaintReceived",
                "id", receivedAsRevision2.eventId(), "revision", "3"));
        assertThat(received.get("unit")).isEqualTo(Map.of("subsidiaryId", SUBSIDIARY,
                "departmentId", "DEP-WEIGHBRIDGE"));
        assertThat(received).containsEntry("principal", "agent-history")
                .containsEntry("correlationId", "corr-" + receivedAsRevision2.eventId());
        assertThat((Map<String, Object>) received.get("payload")).containsKey("complainedAbout").doesNotContainKey("target")
                .doesNotContainKey("customer");
    }

    /** Without the store's upcaster the receipt reads without its unit: the comparison must see that. */
    @Test
    void a_replay_that_reads_differently_from_the_store_gives_different_documents() {
        ReplayedHistory notUpcast = new ReplayedHistory(new EventUpcasterChain());
        HistoryDocuments projection = HistoryDocuments.ofEventsInOrder();

        Map<String, Object> received = notUpcast.of(stored.getFirst()).getFirst().source();
        Map<String, Object> contact = notUpcast.of(stored.get(1)).getFirst().source();

        assertThat(received).isNotEqualTo(projection.of(handedOut.getFirst()));
        assertThat(contact).doesNotContainKey("unit").isNotEqualTo(projection.of(handedOut.get(1)));
    }

    /** The live projection cannot append an event it cannot read; the replay has no document for it and says so. */
    @Test
    void an_unknown_event_type_has_no_document_and_nor_have_its_aggregates_later_events() throws Exception {
        ReplayedHistory replayed = new ReplayedHistory();
        replayed.of(stored.getFirst());
        ExportedEvent teleported = new ExportedEvent(5, "e-5", "Complaint", COMPLAINT, 1, stored.get(1).timestamp(),
                "com.serviceledger.kernel.complaint.ComplaintTeleported", null, JSON.readTree("{\"complaintId\":\""
                + COMPLAINT + "\"}"), JSON.createObjectNode());
        ExportedEvent forwardedAfter = new ExportedEvent(6, "e-6", "Complaint", COMPLAINT, 2,
                stored.get(2).timestamp(), stored.get(2).payloadType(), stored.get(2).revision(), stored.get(2).payload(),
                stored.get(2).metadata());

        assertThat(replayed.of(teleported)).isEmpty();
        assertThat(replayed.of(forwardedAfter)).isEmpty();
        assertThat(replayed.problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("unknown event type", "ComplaintTeleported"))
                .anySatisfy(p -> assertThat(p).contains("event 6", "no history document", COMPLAINT));
    }

    /** The receipt as revision 3 would carry it: the revision 2 JSON's fields, {@code target} as complainedAbout. */
    private static ComplaintReceived receivedAsRevision3() {
        return new ComplaintReceived(COMPLAINT, Channel.HOTLINE,
                new ProtectedContact("CUS-REV2", "pii:v1:bmFtZQ==", "pii:v1:cGhvbmU=", null),
                "Weighbridge ticket printed twice", "Refund the second fee",
                new ComplaintTarget(SUBSIDIARY, "DEP-WEIGHBRIDGE", null, null), Urgency.NORMAL, AT,
                ComplaintReceivedRevision2.TIME_ZONE, "default-1", new ComplaintDeadlines(
                AT.plus(Duration.ofMinutes(30)), AT.plus(Duration.ofHours(4)), null, AT.plus(Duration.ofDays(2))));
    }

    /** Appends a current-revision event as the store keeps it (milliseconds, the principal and a correlation). */
    private void store(Object payload) {
        int sequence = stored.size();
        Instant at = AT.plusSeconds(600L * sequence);
        JsonNode metadata = JSON.createObjectNode().put(MetadataKeys.PRINCIPAL, "agent-history")
                .put(MetadataKeys.CORRELATION_ID, "corr-" + sequence).put(MetadataKeys.CAUSATION_ID, "cause-" + sequence);
        Revision revision = payload.getClass().getAnnotation(Revision.class);
        ExportedEvent event = new ExportedEvent(sequence + 1, "event-" + sequence, "Complaint", COMPLAINT, sequence,
                DateTimeUtils.formatInstant(at), payload.getClass().getName(),
                revision == null ? null : revision.value(), AXON.valueToTree(payload), metadata);
        stored.add(event);
        handedOut.add(message(event, payload));
    }

    @SuppressWarnings("unchecked")
    private static GenericDomainEventMessage<?> message(ExportedEvent event, Object payload) {
        return new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                new GenericMessage<>(event.eventId(), payload, JSON.convertValue(event.metadata(), Map.class)),
                DateTimeUtils.parseInstant(event.timestamp()));
    }
}
