package com.serviceledger.kernel.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One stored event as the hash chain sees it: exactly the values the event store holds, so the hash can be
 * recomputed from the stored row alone (by the verifier, an export reader or a command-line tool).
 *
 * @param aggregateType the aggregate's type ({@code Complaint}, …); null for an event without an aggregate
 * @param aggregateId   the aggregate's id (the event id for an event without an aggregate)
 * @param sequence      the event's sequence number within its aggregate, from 0
 * @param eventId       the event's identifier
 * @param timestamp     the timestamp exactly as stored (Axon's JDBC store writes {@code 2026-04-01T02:00:00.000Z})
 * @param payloadType   the serialized payload type (the event class name)
 * @param revision      the payload revision, or null
 * @param payload       the stored payload JSON as a tree
 * @param metadata      the stored metadata JSON as a tree; its {@code chainHash} entry is ignored
 */
public record EventChainLink(String aggregateType, String aggregateId, long sequence, String eventId,
                             String timestamp, String payloadType, String revision, JsonNode payload,
                             JsonNode metadata) {
}
