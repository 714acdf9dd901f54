package com.serviceledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.audit.EventChainLink;
import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.query.audit.replay.ExportedEvent;
import java.time.Instant;
import org.axonframework.common.DateTimeUtils;

/**
 * One raw row of the event table, exactly as stored (the payload and metadata as their JSON bytes). Public for
 * offline tools: a line of the NDJSON export reads back into one ({@link #fromExportLine}) and
 * {@link AggregateReplay} folds them.
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId, long sequence,
                          String timestamp, String payloadType, String revision, byte[] payload, byte[] metadata) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the NDJSON export ({@code AuditExport}), parsed: payload and metadata back to JSON bytes. */
    public static StoredEvent fromExportLine(JsonNode line) {
        return new StoredEvent(line.path("globalIndex").asLong(), text(line, "eventId"), text(line, "aggregateType"),
                text(line, "aggregateId"), line.path("sequence").asLong(), text(line, "timestamp"),
                text(line, "payloadType"), text(line, "revision"), bytes(line.get("payload")),
                bytes(line.get("metadata")));
    }

    /** The stored timestamp string as an instant, whatever its number of fraction digits. */
    Instant instant() {
        return DateTimeUtils.parseInstant(timestamp);
    }

    /** The event as an export line holds it (payload and metadata as trees); throws if the stored JSON does not parse. */
    public ExportedEvent exported() {
        return new ExportedEvent(globalIndex, eventId, aggregateType, aggregateId, sequence, timestamp, payloadType,
                revision, EventHash.parse(payload), EventHash.parse(metadata));
    }

    /** The event as the hash chain reads it; throws if the stored JSON does not parse. */
    EventChainLink link() {
        return new EventChainLink(aggregateType, aggregateId, sequence, eventId, timestamp, payloadType, revision,
                EventHash.parse(payload), EventHash.parse(metadata));
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static byte[] bytes(JsonNode json) {
        if (json == null || json.isNull()) {
            return null;
        }
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A JSON tree always serializes", e);
        }
    }
}
