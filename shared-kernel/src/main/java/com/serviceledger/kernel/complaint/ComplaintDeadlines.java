package com.serviceledger.kernel.complaint;

import java.time.Instant;

/**
 * The due times fixed when a complaint is received, under the policy then in force; kept in the
 * event so a replay after a policy change reproduces the same verdicts. {@code onSiteDueAt} is null
 * for normal complaints.
 */
public record ComplaintDeadlines(Instant contactDueAt, Instant contactHardLimitAt, Instant onSiteDueAt,
                                 Instant resolutionDueAt) {
}
