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
 */
public record ComplaintTerms(Duration contactTarget, Duration contactHardLimit, Duration onSiteTarget,
                             int resolutionDays, DayKind resolutionDayKind, List<Integer> warningPercents) {

    public static ComplaintTerms defaults() {
        return new ComplaintTerms(Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(10), 2,
                DayKind.CALENDAR, List.of(50, 80));
    }
}
