package com.serviceledger.query.audit.replay;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event as the event store holds it and as the audit export writes it (one NDJSON line): the stored
 * payload and metadata JSON as trees, the timestamp as the stored string.
 *
 * @param revision the payload's {@code @Revision}, null when it has none
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId, long sequence,
                          String timestamp, String payloadType, String revision, JsonNode payload, JsonNode metadata) {
}
