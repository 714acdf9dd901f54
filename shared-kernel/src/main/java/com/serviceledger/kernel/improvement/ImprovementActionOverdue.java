package com.serviceledger.kernel.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;

/** The due date passed with the action not done: the breach. */
public record ImprovementActionOverdue(String actionId, OrgUnit unit, String ownerId, Instant dueAt,
                                       Instant breachedAt) {
}
