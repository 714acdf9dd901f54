package com.serviceledger.command.complaint;

import com.serviceledger.command.deadline.WarningShares;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import java.time.Instant;
import java.util.List;

/**
 * The payload of a complaint's SLA timer: a warning at {@code percent} of the time from
 * {@code startedAt} to {@code dueAt}, or the breach itself at 100 %. Timers are chained: only the next
 * checkpoint of a target is ever scheduled, and a met target schedules nothing more. A checkpoint whose
 * due time is no longer the target's current one (e.g. the callback of an earlier resolution) is stale.
 *
 * @param warningPercents the warning shares of the policy the timer was set under, so the chain does not
 *                        change when the policy does
 */
public record SlaCheckpoint(SlaTarget target, int percent, Instant startedAt, Instant dueAt,
                            List<Integer> warningPercents) {

    static final String DEADLINE_NAME = "complaint-sla";
    static final int BREACH = WarningShares.BREACH;

    public SlaCheckpoint {
        warningPercents = List.copyOf(warningPercents);
    }

    /** The first checkpoint of a target: its earliest warning, or the breach if the policy warns never. */
    static SlaCheckpoint first(SlaTarget target, Instant startedAt, Instant dueAt, List<Integer> warningPercents) {
        int first = WarningShares.first(warningPercents);
        return new SlaCheckpoint(target, first, startedAt, dueAt, warningPercents);
    }

    /** The checkpoint after this one, or null after the breach. */
    SlaCheckpoint next() {
        if (isBreach()) {
            return null;
        }
        int next = WarningShares.after(percent, warningPercents);
        return new SlaCheckpoint(target, next, startedAt, dueAt, warningPercents);
    }

    Instant firesAt() {
        return isBreach() ? dueAt : ComplaintPolicy.warningAt(startedAt, dueAt, percent);
    }

    boolean isBreach() {
        return percent >= BREACH;
    }

    /** Identifies the checkpoint in the events it produced, to fire it at most once. */
    String key() {
        return key(target, percent, dueAt);
    }

    static String key(SlaTarget target, int percent, Instant dueAt) {
        return target + "@" + percent + "/" + dueAt;
    }
}
