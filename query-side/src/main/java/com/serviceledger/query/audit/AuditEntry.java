package com.serviceledger.query.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a case as the event store holds it, for an auditor: its place in the case's stream, when,
 * who and why (principal, client, correlation, causation), and the payload without personal data.
 */
public record AuditEntry(long sequence, String type, String revision, String eventId, Instant timestamp,
                         String principal, String client, String correlationId, String causationId,
                         Map<String, Object> payload) {
}
