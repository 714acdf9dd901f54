package com.serviceledger.kernel.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canonical form makes the hash independent of how the JSON was laid out, and nothing else. */
class EventHashTest {

    private static final String PAYLOAD =
            "{\"complaintId\":\"CMP-1\",\"target\":{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"D1\"},\"urgency\":\"NORMAL\",\"items\":[2,1]}";
    private static final String METADATA =
            "{\"principal\":\"agent-1\",\"chainPrevious\":\"" + EventHash.GENESIS + "\",\"correlationId\":\"c-1\"}";

    @Test
    void key_order_and_whitespace_do_not_change_the_hash() {
        String reordered = "{ \"urgency\" : \"NORMAL\", \"items\":[2,1],\n \"target\":{\"departmentId\":\"D1\","
                + "\"subsidiaryId\":\"sub-1\"}, \"complaintId\":\"CMP-1\" }";
        String metadataReordered = "{\"correlationId\":\"c-1\",\"principal\":\"agent-1\",\"chainPrevious\":\""
                + EventHash.GENESIS + "\"}";

        assertThat(EventHash.of(link(reordered, metadataReordered))).isEqualTo(EventHash.of(link(PAYLOAD, METADATA)));
    }

    @Test
    void the_stored_hash_itself_is_not_hashed() {
        String withHash = METADATA.replace("}", ",\"chainHash\":\"abc\"}");

        assertThat(EventHash.of(link(PAYLOAD, withHash))).isEqualTo(EventHash.of(link(PAYLOAD, METADATA)));
    }

    @Test
    void a_changed_value_anywhere_changes_the_hash() {
        String hash = EventHash.of(link(PAYLOAD, METADATA));

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(EventHash.of(link(PAYLOAD.replace("D1", "D2"), METADATA))).isNotEqualTo(hash);
        assertThat(EventHash.of(link(PAYLOAD.replace("[2,1]", "[1,2]"), METADATA))).isNotEqualTo(hash);
        assertThat(EventHash.of(link(PAYLOAD, METADATA.replace("agent-1", "agent-2")))).isNotEqualTo(hash);
        assertThat(EventHash.of(link(PAYLOAD, METADATA.replace(EventHash.GENESIS, "1" + EventHash.GENESIS.substring(1)))))
                .isNotEqualTo(hash);
        EventChainLink base = link(PAYLOAD, METADATA);
        assertThat(EventHash.of(new EventChainLink(base.aggregateType(), base.aggregateId(), 1, base.eventId(),
                base.timestamp(), base.payloadType(), base.revision(), base.payload(), base.metadata())))
                .isNotEqualTo(hash);
        assertThat(EventHash.of(new EventChainLink(base.aggregateType(), base.aggregateId(), 0, base.eventId(),
                "2026-04-01T02:00:00.001Z", base.payloadType(), base.revision(), base.payload(), base.metadata())))
                .isNotEqualTo(hash);
    }

    @Test
    void the_canonical_form_sorts_keys_at_every_level_without_whitespace() {
        String canonical = new String(EventHash.canonicalBytes(EventHash.parse(
                "{ \"b\": {\"y\": 1, \"x\": [ {\"d\":null, \"c\":true} ]}, \"a\": \"é\" }".getBytes(UTF_8))), UTF_8);

        assertThat(canonical).isEqualTo("{\"a\":\"é\",\"b\":{\"x\":[{\"c\":true,\"d\":null}],\"y\":1}}");
    }

    @Test
    void the_document_names_every_stored_column() {
        String canonical = new String(EventHash.canonicalBytes(EventHash.document(link("{}", "{\"chainHash\":\"x\"}"))),
                UTF_8);

        assertThat(canonical).isEqualTo("{\"aggregateId\":\"CMP-1\",\"aggregateType\":\"Complaint\",\"eventId\":\"e-1\","
                + "\"metadata\":{},\"payload\":{},\"payloadType\":\"com.example.ComplaintReceived\",\"revision\":\"1\","
                + "\"sequence\":0,\"timestamp\":\"2026-04-01T02:00:00.000Z\"}");
    }

    private static EventChainLink link(String payload, String metadata) {
        return new EventChainLink("Complaint", "CMP-1", 0, "e-1", "2026-04-01T02:00:00.000Z",
                "com.example.ComplaintReceived", "1", EventHash.parse(payload.getBytes(UTF_8)),
                EventHash.parse(metadata.getBytes(UTF_8)));
    }
}
