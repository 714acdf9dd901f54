package com.serviceledger.platform.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.audit.EventChainLink;
import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.MetadataKeys;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;

/**
 * A complaint's first event exactly as the version before revision 3 stored it: {@code ComplaintReceived}
 * revision 2, whose complained-about unit was the field {@code target}. The JSON is written out by hand, in the
 * order and shape Axon's Jackson serializer gave it (record component order, nulls kept, ISO instants), and the
 * metadata carries the hash-chain link that version computed ({@link EventHash}, first of its case). Tests insert it
 * as a raw row (or an export line) and read it back through the current code. Copy this for the next upcaster.
 */
public final class ComplaintReceivedRevision2 {

    public static final String PAYLOAD_TYPE = "com.serviceledger.kernel.complaint.ComplaintReceived";
    public static final String REVISION = "2";
    public static final String TIME_ZONE = "Asia/Shanghai";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String complaintId;
    private final String subsidiaryId;
    private final String departmentId;
    private final Instant receivedAt;
    private final String eventId = UUID.randomUUID().toString();
    private final String principal;

    public ComplaintReceivedRevision2(String complaintId, String subsidiaryId, String departmentId, Instant receivedAt,
                                      String principal) {
        this.complaintId = complaintId;
        this.subsidiaryId = subsidiaryId;
        this.departmentId = departmentId;
        this.receivedAt = receivedAt;
        this.principal = principal;
    }

    public String complaintId() {
        return complaintId;
    }

    public String subsidiaryId() {
        return subsidiaryId;
    }

    public String eventId() {
        return eventId;
    }

    /** The payload bytes as stored. */
    public byte[] payload() {
        return ("{\"complaintId\":\"" + complaintId + "\",\"channel\":\"HOTLINE\","
                + "\"customer\":{\"customerId\":\"CUS-REV2\",\"name\":\"pii:v1:bmFtZQ==\",\"phone\":\"pii:v1:cGhvbmU=\","
                + "\"email\":null},"
                + "\"content\":\"Weighbridge ticket printed twice\",\"demand\":\"Refund the second fee\","
                + "\"target\":{\"subsidiaryId\":\"" + subsidiaryId + "\",\"departmentId\":\"" + departmentId + "\","
                + "\"postId\":null,\"staffId\":null},"
                + "\"urgency\":\"NORMAL\",\"receivedAt\":\"" + receivedAt + "\",\"timeZone\":\"" + TIME_ZONE + "\","
                + "\"policyVersion\":\"default-1\","
                + "\"deadlines\":{\"contactDueAt\":\"" + receivedAt.plus(Duration.ofMinutes(30)) + "\","
                + "\"contactHardLimitAt\":\"" + receivedAt.plus(Duration.ofHours(4)) + "\",\"onSiteDueAt\":null,"
                + "\"resolutionDueAt\":\"" + receivedAt.plus(Duration.ofDays(2)) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The timestamp column as Axon's JDBC store writes it (three fraction digits). */
    public String timestamp() {
        return DateTimeUtils.formatInstant(receivedAt);
    }

    /** The chain hash the older version stored (the first link of its case). */
    public String hash() {
        return EventHash.of(new EventChainLink("Complaint", complaintId, 0, eventId, timestamp(), PAYLOAD_TYPE,
                REVISION, EventHash.parse(payload()), unchainedMetadata()));
    }

    /** The metadata bytes as stored, with the chain link. */
    public byte[] metadata() {
        ObjectNode metadata = unchainedMetadata().put(MetadataKeys.CHAIN_HASH, hash());
        return metadata.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ObjectNode unchainedMetadata() {
        return JSON.createObjectNode()
                .put(MetadataKeys.PRINCIPAL, principal)
                .put(MetadataKeys.CORRELATION_ID, "corr-" + eventId)
                .put(MetadataKeys.CAUSATION_ID, "cause-" + eventId)
                .put(MetadataKeys.CHAIN_PREVIOUS, EventHash.GENESIS);
    }

    /** Inserts the row into the event table (H2 or PostgreSQL), as the older version's store did. */
    public void insertInto(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO domainevententry (eventidentifier,"
                     + " aggregateidentifier, sequencenumber, type, timestamp, payloadtype, payloadrevision, payload,"
                     + " metadata) VALUES (?, ?, 0, 'Complaint', ?, ?, ?, ?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, complaintId);
            insert.setString(3, timestamp());
            insert.setString(4, PAYLOAD_TYPE);
            insert.setString(5, REVISION);
            insert.setBytes(6, payload());
            insert.setBytes(7, metadata());
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert the revision 2 row", e);
        }
    }

    /** The event as one line of the audit export (NDJSON), at the given global index. */
    public String exportLine(long globalIndex) {
        ObjectNode line = JSON.createObjectNode();
        line.put("globalIndex", globalIndex);
        line.put("eventId", eventId);
        line.put("aggregateType", "Complaint");
        line.put("aggregateId", complaintId);
        line.put("sequence", 0);
        line.put("timestamp", timestamp());
        line.put("payloadType", PAYLOAD_TYPE);
        line.put("revision", REVISION);
        line.set("payload", tree(payload()));
        line.set("metadata", tree(metadata()));
        return line.toString();
    }

    private static JsonNode tree(byte[] json) {
        return EventHash.parse(json);
    }
}
