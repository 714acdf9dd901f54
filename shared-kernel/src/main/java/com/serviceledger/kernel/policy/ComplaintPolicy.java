package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The complaint SLA targets of one subsidiary, as one version of its policy (002 第4篇 §7,
 * 001 §3.3). Every value is a setting; the defaults are the regulations' figures.
 *
 * @param version          recorded on the events decided under it
 * @param zone             the subsidiary's time zone: "end of day" and months are local
 * @param contactTarget    department head contacts the customer (30 minutes)
 * @param contactHardLimit the same, hard limit for special cases (4 hours)
 * @param onSiteTarget     urgent complaints: handler on site (10 minutes)
 * @param resolutionDays   normal complaints resolved within (2 days)
 * @param resolutionDayKind whether those days are calendar or working days
 * @param calendar         working days and holidays
 * @param warningPercents  warnings before each target, as shares of its time (50 %, 80 %)
 * @param escalateAfterRejections rejected solutions after which the complaint goes to management (2)
 * @param escalateAfter    time after receipt without an accepted solution after which it does too (7 days)
 */
public record ComplaintPolicy(String version, ZoneId zone, Duration contactTarget, Duration contactHardLimit,
                              Duration onSiteTarget, int resolutionDays, DayKind resolutionDayKind,
                              WorkingCalendar calendar, List<Integer> warningPercents,
                              int escalateAfterRejections, Duration escalateAfter) {

    public ComplaintPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(zone, "zone");
        requirePositive(contactTarget, "contactTarget");
        requirePositive(contactHardLimit, "contactHardLimit");
        requirePositive(onSiteTarget, "onSiteTarget");
        if (contactHardLimit.compareTo(contactTarget) < 0) {
            throw new IllegalArgumentException("contactHardLimit must not be shorter than contactTarget");
        }
        if (resolutionDays < 1) {
            throw new IllegalArgumentException("resolutionDays must be at least 1");
        }
        Objects.requireNonNull(resolutionDayKind, "resolutionDayKind");
        calendar = calendar == null ? new WorkingCalendar(null) : calendar;
        warningPercents = List.copyOf(warningPercents == null ? List.of() : warningPercents);
        if (warningPercents.stream().anyMatch(p -> p <= 0 || p >= 100)) {
            throw new IllegalArgumentException("warningPercents must lie strictly between 0 and 100");
        }
        if (escalateAfterRejections < 1) {
            throw new IllegalArgumentException("escalateAfterRejections must be at least 1");
        }
        requirePositive(escalateAfter, "escalateAfter");
    }

    /** A policy with the default way out of a complaint the customer never accepts. */
    public ComplaintPolicy(String version, ZoneId zone, Duration contactTarget, Duration contactHardLimit,
                           Duration onSiteTarget, int resolutionDays, DayKind resolutionDayKind,
                           WorkingCalendar calendar, List<Integer> warningPercents) {
        this(version, zone, contactTarget, contactHardLimit, onSiteTarget, resolutionDays, resolutionDayKind,
                calendar, warningPercents, ComplaintTerms.DEFAULT_ESCALATE_AFTER_REJECTIONS,
                ComplaintTerms.DEFAULT_ESCALATE_AFTER);
    }

    /** The complaint part of a published policy version. */
    public static ComplaintPolicy of(PolicyPublished published) {
        PolicyTerms terms = published.terms();
        ComplaintTerms c = terms.complaint();
        return new ComplaintPolicy(published.versionName(), ZoneId.of(terms.timeZone()), c.contactTarget(),
                c.contactHardLimit(), c.onSiteTarget(), c.resolutionDays(), c.resolutionDayKind(),
                new WorkingCalendar(terms.holidays()), c.warningPercents(), c.escalateAfterRejections(),
                c.escalateAfter());
    }

    /** The regulations' figures, in the given zone. */
    public static ComplaintPolicy defaults(String version, ZoneId zone) {
        return new ComplaintPolicy(version, zone, Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(10),
                2, DayKind.CALENDAR, new WorkingCalendar(null), List.of(50, 80));
    }

    public ComplaintDeadlines deadlinesFor(Instant receivedAt, Urgency urgency) {
        Instant resolutionDue = calendar.plusDays(receivedAt.atZone(zone), resolutionDays, resolutionDayKind)
                .toInstant();
        return new ComplaintDeadlines(
                receivedAt.plus(contactTarget),
                receivedAt.plus(contactHardLimit),
                urgency == Urgency.URGENT ? receivedAt.plus(onSiteTarget) : null,
                resolutionDue);
    }

    /** Callback on the day of resolution: by the local midnight that ends it. */
    public Instant callbackDueAt(Instant resolvedAt) {
        return resolvedAt.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** When a complaint still without an accepted solution goes to management. */
    public Instant escalationDueAt(Instant receivedAt) {
        return receivedAt.plus(escalateAfter);
    }

    /** When the warning at {@code percent} of the time from {@code start} to {@code due} falls. */
    public static Instant warningAt(Instant start, Instant due, int percent) {
        long millis = Duration.between(start, due).toMillis() * percent / 100;
        return start.plusMillis(millis);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
