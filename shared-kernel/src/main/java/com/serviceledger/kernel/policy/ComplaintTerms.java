package com.serviceledger.kernel.policy;

import java.time.Duration;
import java.util.List;

/**
 * The complaint SLA terms of a published policy (002 第4篇 §7, 001 §3.3).
 *
 * @param contactTarget     department head contacts the customer (30 minutes)
 * @param contactHardLimit  the same, hard limit for special cases (4 hours)
 * @param onSiteTarget      urgent complaints: handler on site (10 minutes)
 * @param resolutionDays    normal complaints resolved within (2)
 * @param resolutionDayKind calendar or working days
 * @param warningPercents   warnings before each target, as shares of its time (50, 80)
 * @param escalateAfterRejections a complaint whose customer rejected this many solutions (rejections and
 *                          callbacks without acceptance) goes to management and may be closed unresolved (2);
 *                          null in versions published before it existed
 * @param escalateAfter     the same, this long after receipt without an accepted solution (7 days); null likewise
 */
public record ComplaintTerms(Duration contactTarget, Duration contactHardLimit, Duration onSiteTarget,
                             int resolutionDays, DayKind resolutionDayKind, List<Integer> warningPercents,
                             Integer escalateAfterRejections, Duration escalateAfter) {

    public static final int DEFAULT_ESCALATE_AFTER_REJECTIONS = 2;
    public static final Duration DEFAULT_ESCALATE_AFTER = Duration.ofDays(7);

    public ComplaintTerms {
        escalateAfterRejections = escalateAfterRejections == null ? DEFAULT_ESCALATE_AFTER_REJECTIONS
                : escalateAfterRejections;
        escalateAfter = escalateAfter == null ? DEFAULT_ESCALATE_AFTER : escalateAfter;
    }

    /** Terms with the default way out of a complaint the customer never accepts. */
    public ComplaintTerms(Duration contactTarget, Duration contactHardLimit, Duration onSiteTarget,
                          int resolutionDays, DayKind resolutionDayKind, List<Integer> warningPercents) {
        this(contactTarget, contactHardLimit, onSiteTarget, resolutionDays, resolutionDayKind, warningPercents,
                null, null);
    }

    public static ComplaintTerms defaults() {
        return new ComplaintTerms(Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(10), 2,
                DayKind.CALENDAR, List.of(50, 80));
    }
}
