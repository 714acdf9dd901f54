package com.serviceledger.kernel.complaint;

import java.time.Instant;

/**
 * The due times fixed when a complaint is received, under the policy then in force; kept in the
 * event so a replay after a policy change reproduces the same verdicts. {@code onSiteDueAt} is null
 * for normal complaints; {@code replyDueAt} is null for the channels without the 1–3 day reply (002 第1篇 六.3)
 * and in complaints received before it was enforced.
 */
public record ComplaintDeadlines(Instant contactDueAt, Instant contactHardLimitAt, Instant onSiteDueAt,
                                 Instant resolutionDueAt, Instant replyDueAt) {

    /** Due times without a reply target. */
    public ComplaintDeadlines(Instant contactDueAt, Instant contactHardLimitAt, Instant onSiteDueAt,
                              Instant resolutionDueAt) {
        this(contactDueAt, contactHardLimitAt, onSiteDueAt, resolutionDueAt, null);
    }
}
