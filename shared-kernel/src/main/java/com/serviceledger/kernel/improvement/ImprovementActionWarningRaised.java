package com.serviceledger.kernel.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;

/** The action is still open at {@code percentElapsed} % of its time to the due date. */
public record ImprovementActionWarningRaised(String actionId, OrgUnit unit, String ownerId, int percentElapsed,
                                             Instant dueAt, Instant raisedAt) {
}
