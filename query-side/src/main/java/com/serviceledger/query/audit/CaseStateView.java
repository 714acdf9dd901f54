package com.serviceledger.query.audit;

import java.time.Instant;
import java.util.Map;

/**
 * A case as of a cut, for an auditor: the last event applied (its sequence number and timestamp) and the
 * aggregate's fields then, without personal data.
 */
public record CaseStateView(String aggregateId, String aggregateType, long sequence, Instant asOf,
                            Map<String, Object> state) {
}
