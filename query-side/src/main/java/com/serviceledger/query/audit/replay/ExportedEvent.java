package com.serviceledger.query.audit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.kernel.audit.EventChainLink;

/**
 * One event as the audit export writes it (one NDJSON line, {@code query.audit.AuditExport}) and as the event
 * table holds it: the stored payload and metadata JSON as trees, the timestamp as the stored string. The
 * export's {@code query.audit.StoredEvent} keeps the raw bytes instead, for the hash chain.
 *
 * @param revision the payload's {@code @Revision}, null when it has none
 */
public record ExportedEvent(long globalIndex, String eventId, String aggregateType, String aggregateId, long sequence,
                            String timestamp, String payloadType, String revision, JsonNode payload,
                            JsonNode metadata) {

    /** The event as the hash chain reads it ({@code kernel.audit.EventHash}), for verifying an export. */
    public EventChainLink link() {
        return new EventChainLink(aggregateType, aggregateId, sequence, eventId, timestamp, payloadType, revision,
                payload, metadata);
    }
}
