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
 *                          callbacks without acceptance) goes to management and may be closed unresolved (2)
 * @param escalateAfter     the same, this long after receipt without an accepted solution (7 days)
 * @param investigationDays the department returns its investigation result within, in working days (001 §3.3
 *                          item 2 [X]; 1: investigation and solution together fit the 2 days of 002 第4篇 五.4)
 * @param solutionDays      then returns its solution within, in working days (001 §3.3 item 3 [X]; 1, likewise)
 * @param replyDays         suggestion-box and hotline complainants are answered within (002 第1篇 六.3 "1-3 天":
 *                          3, the end of the range is the limit)
 * @param replyDayKind      calendar days (the text says 天, where 001 says 工作日 when it means working days)
 *                          <p>The last six are null in versions published before they existed: the defaults.
 */
public record ComplaintTerms(Duration contactTarget, Duration contactHardLimit, Duration onSiteTarget,
                             int resolutionDays, DayKind resolutionDayKind, List<Integer> warningPercents,
                             Integer escalateAfterRejections, Duration escalateAfter,
                             Integer investigationDays, Integer solutionDays, Integer replyDays,
                             DayKind replyDayKind) {

    public static final int DEFAULT_ESCALATE_AFTER_REJECTIONS = 2;
    public static final Duration DEFAULT_ESCALATE_AFTER = Duration.ofDays(7);
    public static final int DEFAULT_INVESTIGATION_DAYS = 1;
    public static final int DEFAULT_SOLUTION_DAYS = 1;
    public static final int DEFAULT_REPLY_DAYS = 3;
    public static final DayKind DEFAULT_REPLY_DAY_KIND = DayKind.CALENDAR;

    public ComplaintTerms {
        escalateAfterRejections = escalateAfterRejections == null ? DEFAULT_ESCALATE_AFTER_REJECTIONS
                : escalateAfterRejections;
        escalateAfter = escalateAfter == null ? DEFAULT_ESCALATE_AFTER : escalateAfter;
        investigationDays = investigationDays == null ? DEFAULT_INVESTIGATION_DAYS : investigationDays;
        solutionDays = solutionDays == null ? DEFAULT_SOLUTION_DAYS : solutionDays;
        replyDays = replyDays == null ? DEFAULT_REPLY_DAYS : replyDays;
        replyDayKind = replyDayKind == null ? DEFAULT_REPLY_DAY_KIND : replyDayKind;
    }

    /** Terms with the defaults of everything added since the first version. */
    public ComplaintTerms(Duration contactTarget, Duration contactHardLimit, Duration onSiteTarget,
                          int resolutionDays, DayKind resolutionDayKind, List<Integer> warningPercents) {
        this(contactTarget, contactHardLimit, onSiteTarget, resolutionDays, resolutionDayKind, warningPercents,
                null, null, null, null, null, null);
    }

    public static ComplaintTerms defaults() {
        return new ComplaintTerms(Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(10), 2,
                DayKind.CALENDAR, List.of(50, 80));
    }
}
