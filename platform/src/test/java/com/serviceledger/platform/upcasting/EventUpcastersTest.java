package com.serviceledger.platform.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.platform.axon.EventUpcasters;
import com.serviceledger.platform.axon.SerializerConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

/** The upcaster chain on the stored bytes, with Axon's own reading path (as the storage engines use it). */
class EventUpcastersTest {

    private static final Instant AT = Instant.parse("2026-03-10T01:00:00Z");
    private final Serializer serializer = SerializerConfiguration.newEventSerializer();
    private final ComplaintReceivedRevision2 stored = new ComplaintReceivedRevision2("CMP-REV2", "SUB-1", "DEP-1", AT,
            "agent-1");

    @Test
    void a_revision_2_receipt_reads_as_revision_3_with_the_unit_as_complained_about() {
        ComplaintReceived received = (ComplaintReceived) read(stored.payload(), ComplaintReceivedRevision2.REVISION)
                .getPayload();

        assertThat(received.complainedAbout()).isEqualTo(new ComplaintTarget("SUB-1", "DEP-1", null, null));
        assertThat(received.complaintId()).isEqualTo("CMP-REV2");
        assertThat(received.customer().customerId()).isEqualTo("CUS-REV2");
        assertThat(received.deadlines().resolutionDueAt()).isEqualTo(AT.plus(Duration.ofDays(2)));
        assertThat(received.timeZone()).isEqualTo(ComplaintReceivedRevision2.TIME_ZONE);
    }

    @Test
    void the_upcast_tree_is_what_revision_3_writes_for_the_same_complaint_field_for_field_in_order() {
        SerializedObject<byte[]> current = serializer.serialize(revision3(), byte[].class);
        assertThat(current.getType().getRevision()).isEqualTo("3");

        JsonNode upcast = EventUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(entry(stored.payload(), "2"), serializer)))
                .findFirst().orElseThrow().getData(JsonNode.class).getData();
        JsonNode written = EventHash.parse(current.getData());
        // components appended later as nullable (the reply due time, 002 第1篇 六.3; the complaining department of a
        // department complaint, 第5篇 二.2) are absent from payloads written before them, and read as null:
        // revision 3 as it was written then
        ((ObjectNode) written.get("deadlines")).remove("replyDueAt");
        ((ObjectNode) written).remove("complainingDepartment");

        assertThat(upcast).isEqualTo(written);
        assertThat(names(upcast)).isEqualTo(names(written));
        assertThat(names(upcast.get("complainedAbout"))).isEqualTo(names(written.get("complainedAbout")));
    }

    @Test
    void a_revision_3_receipt_passes_through_unchanged() {
        SerializedObject<byte[]> current = serializer.serialize(revision3(), byte[].class);

        assertThat(read(current.getData(), "3").getPayload()).isEqualTo(revision3());
    }

    private DomainEventMessage<?> read(byte[] payload, String revision) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry(payload, revision)), serializer,
                EventUpcasters.chain()).next();
    }

    private GenericDomainEventEntry<byte[]> entry(byte[] payload, String revision) {
        return new GenericDomainEventEntry<>("Complaint", "CMP-REV2", 0, stored.eventId(), stored.timestamp(),
                ComplaintReceivedRevision2.PAYLOAD_TYPE, revision, payload, stored.metadata());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ComplaintReceived revision3() {
        return new ComplaintReceived("CMP-REV2", Channel.HOTLINE,
                new ProtectedContact("CUS-REV2", "pii:v1:bmFtZQ==", "pii:v1:cGhvbmU=", null),
                "Weighbridge ticket printed twice", "Refund the second fee",
                new ComplaintTarget("SUB-1", "DEP-1", null, null), Urgency.NORMAL, AT,
                ComplaintReceivedRevision2.TIME_ZONE, "default-1", new ComplaintDeadlines(AT.plus(Duration.ofMinutes(30)),
                AT.plus(Duration.ofHours(4)), null, AT.plus(Duration.ofDays(2))));
    }
}
