package com.serviceledger.query.audit;

import java.time.Instant;

/**
 * A case as it stood after one of its events: the command side's aggregate instance, rebuilt by its own
 * event-sourcing handlers.
 *
 * @param sequence  the sequence number of the last event applied
 * @param asOf      the timestamp of that event
 * @param aggregate the aggregate root (e.g. a {@code Complaint}); render it with {@link AggregateStateJson}
 */
public record CaseState(String aggregateType, String aggregateId, long sequence, Instant asOf, Object aggregate) {
}
