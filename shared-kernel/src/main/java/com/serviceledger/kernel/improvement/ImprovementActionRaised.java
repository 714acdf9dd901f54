package com.serviceledger.kernel.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;
import java.util.List;

/**
 * An improvement action was raised. The subsidiary's time zone puts its dates in local periods. The measure is free text with personal data removed; the warning shares are
 * those of the policy in force at raising, so its timers do not change when the policy does.
 */
public record ImprovementActionRaised(String actionId, OrgUnit unit, ImprovementCause cause, String measure,
                                      String ownerId, Instant raisedAt, Instant dueAt, String timeZone,
                                      List<Integer> warningPercents, String policyVersion) {

    public ImprovementActionRaised {
        warningPercents = warningPercents == null ? List.of() : List.copyOf(warningPercents);
    }
}
