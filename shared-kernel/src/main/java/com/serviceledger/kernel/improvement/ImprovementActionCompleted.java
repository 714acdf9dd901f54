package com.serviceledger.kernel.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;

/** Done: on time if by the due date in force (inclusive). */
public record ImprovementActionCompleted(String actionId, OrgUnit unit, String ownerId, String note,
                                         Instant completedAt, Instant dueAt, boolean onTime) {
}
