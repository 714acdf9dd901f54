package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * @param investigationDays the department's investigation result, in working days from forwarding (001 §3.3)
 * @param solutionDays     its solution, in working days from the investigation result (001 §3.3)
 * @param replyDays        suggestion-box and hotline complaints answered within (002 第1篇 六.3)
 * @param replyDayKind     whether those days are calendar or working days
 */
public record ComplaintPolicy(String version, ZoneId zone, Duration contactTarget, Duration contactHardLimit,
                              Duration onSiteTarget, int resolutionDays, DayKind resolutionDayKind,
                              WorkingCalendar calendar, List<Integer> warningPercents,
                              int escalateAfterRejections, Duration escalateAfter, int investigationDays,
                              int solutionDays, int replyDays, DayKind replyDayKind) {

    /** The channels whose complainants are answered within {@code replyDays}: the box and the phone of 第1篇 六.1–2. */
    public static final Set<Channel> REPLY_CHANNELS = Set.of(Channel.SUGGESTION_BOX, Channel.HOTLINE);

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
        if (investigationDays < 1 || solutionDays < 1 || replyDays < 1) {
            throw new IllegalArgumentException("investigationDays, solutionDays and replyDays must be at least 1");
        }
        Objects.requireNonNull(replyDayKind, "replyDayKind");
    }

    /** A policy with the defaults of the way out and of the investigation, solution and reply limits. */
    public ComplaintPolicy(String version, ZoneId zone, Duration contactTarget, Duration contactHardLimit,
                           Duration onSiteTarget, int resolutionDays, DayKind resolutionDayKind,
                           WorkingCalendar calendar, List<Integer> warningPercents) {
        this(version, zone, contactTarget, contactHardLimit, onSiteTarget, resolutionDays, resolutionDayKind,
                calendar, warningPercents, ComplaintTerms.DEFAULT_ESCALATE_AFTER_REJECTIONS,
                ComplaintTerms.DEFAULT_ESCALATE_AFTER, ComplaintTerms.DEFAULT_INVESTIGATION_DAYS,
                ComplaintTerms.DEFAULT_SOLUTION_DAYS, ComplaintTerms.DEFAULT_REPLY_DAYS,
                ComplaintTerms.DEFAULT_REPLY_DAY_KIND);
    }

    /** The complaint part of a published policy version. */
    public static ComplaintPolicy of(PolicyPublished published) {
        PolicyTerms terms = published.terms();
        ComplaintTerms c = terms.complaint();
        return new ComplaintPolicy(published.versionName(), ZoneId.of(terms.timeZone()), c.contactTarget(),
                c.contactHardLimit(), c.onSiteTarget(), c.resolutionDays(), c.resolutionDayKind(),
                new WorkingCalendar(terms.holidays()), c.warningPercents(), c.escalateAfterRejections(),
                c.escalateAfter(), c.investigationDays(), c.solutionDays(), c.replyDays(), c.replyDayKind());
    }

    /** The regulations' figures, in the given zone. */
    public static ComplaintPolicy defaults(String version, ZoneId zone) {
        return new ComplaintPolicy(version, zone, Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofMinutes(10),
                2, DayKind.CALENDAR, new WorkingCalendar(null), List.of(50, 80));
    }

    /** The due times of a complaint that owes no reply (a channel outside {@link #REPLY_CHANNELS}). */
    public ComplaintDeadlines deadlinesFor(Instant receivedAt, Urgency urgency) {
        return deadlinesFor(receivedAt, urgency, null);
    }

    public ComplaintDeadlines deadlinesFor(Instant receivedAt, Urgency urgency, Channel channel) {
        Instant resolutionDue = calendar.plusDays(receivedAt.atZone(zone), resolutionDays, resolutionDayKind)
                .toInstant();
        Instant replyDue = channel != null && REPLY_CHANNELS.contains(channel)
                ? calendar.plusDays(receivedAt.atZone(zone), replyDays, replyDayKind).toInstant() : null;
        return new ComplaintDeadlines(
                receivedAt.plus(contactTarget),
                receivedAt.plus(contactHardLimit),
                urgency == Urgency.URGENT ? receivedAt.plus(onSiteTarget) : null,
                resolutionDue, replyDue);
    }

    /** The department's investigation result: {@code investigationDays} working days after it got the complaint. */
    public Instant investigationDueAt(Instant forwardedAt) {
        return calendar.plusDays(forwardedAt.atZone(zone), investigationDays, DayKind.WORKING).toInstant();
    }

    /** Its solution: {@code solutionDays} working days after the investigation result it is drawn up from. */
    public Instant solutionDueAt(Instant investigationReturnedAt) {
        return calendar.plusDays(investigationReturnedAt.atZone(zone), solutionDays, DayKind.WORKING).toInstant();
    }

    /** Callback on the day of resolution: by the local midnight that ends it. */
    public Instant callbackDueAt(Instant resolvedAt) {
        return endOfDay(resolvedAt);
    }

    /** The result report on the day the customer accepted the handling (002 第4篇 六.1): by its local midnight. */
    public Instant resultReportDueAt(Instant acceptedAt) {
        return endOfDay(acceptedAt);
    }

    private Instant endOfDay(Instant at) {
        return at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
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
