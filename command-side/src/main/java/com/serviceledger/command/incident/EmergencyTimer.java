package com.serviceledger.command.incident;

import com.serviceledger.command.deadline.WarningShares;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import java.time.Instant;
import java.util.List;

/**
 * The payload of an emergency timer: a warning at {@code percent} of the time from {@code startedAt} to
 * {@code dueAt}, or the breach at 100 %. Chained like the complaint's SLA checkpoints: only the next one is
 * scheduled, and a met limit schedules nothing more.
 *
 * @param subject what is due: an incident's {@code IncidentDeadline} name, or the id of a planned drill
 */
public record EmergencyTimer(String subject, int percent, Instant startedAt, Instant dueAt,
                             List<Integer> warningPercents) {

    static final String INCIDENT = "incident-deadline";
    static final String DRILL = "drill-deadline";
    static final int BREACH = WarningShares.BREACH;

    public EmergencyTimer {
        warningPercents = List.copyOf(warningPercents);
    }

    /** The earliest warning, or the breach if the policy warns never. */
    static EmergencyTimer first(String subject, Instant startedAt, Instant dueAt, List<Integer> warningPercents) {
        int first = WarningShares.first(warningPercents);
        return new EmergencyTimer(subject, first, startedAt, dueAt, warningPercents);
    }

    /** The timer after this warning (the next warning or the breach); null after the breach. */
    EmergencyTimer next() {
        if (isBreach()) {
            return null;
        }
        int next = WarningShares.after(percent, warningPercents);
        return new EmergencyTimer(subject, next, startedAt, dueAt, warningPercents);
    }

    Instant firesAt() {
        return isBreach() ? dueAt : ComplaintPolicy.warningAt(startedAt, dueAt, percent);
    }

    boolean isBreach() {
        return percent >= BREACH;
    }

    /** Identifies the timer in the events it produced, to fire it at most once. */
    String key() {
        return key(subject, percent);
    }

    static String key(String subject, int percent) {
        return subject + "@" + percent;
    }
}
