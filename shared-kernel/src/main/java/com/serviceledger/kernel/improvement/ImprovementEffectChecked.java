package com.serviceledger.kernel.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;

/**
 * The effect of a done action was checked. Not effective, the action is reopened under the same id with
 * {@code reopenedDueAt} (null when effective): the same owner answers for the same cause.
 */
public record ImprovementEffectChecked(String actionId, OrgUnit unit, boolean effective, String note,
                                       Instant checkedAt, Instant reopenedDueAt) {
}
