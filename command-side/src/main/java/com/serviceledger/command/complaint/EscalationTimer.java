package com.serviceledger.command.complaint;

import com.serviceledger.command.deadline.WarningShares;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import java.time.Instant;
import java.util.List;

/**
 * The payload of a complaint's escalation timer, set at receipt for the policy's time without an accepted
 * solution; it carries the rejection threshold of that policy so the escalation records what it was decided on.
 * Like {@link SlaCheckpoint} it is chained: a warning at each of the policy's warning percents of the time from
 * {@code startedAt} to {@code dueAt}, then the escalation itself at 100 %.
 * <p>
 * A timer stored before the warnings (threshold only: {@code percent} null) is the escalation itself.
 *
 * @param warningPercents the warning shares of the policy the timer was set under
 */
public record EscalationTimer(int threshold, Integer percent, Instant startedAt, Instant dueAt,
                              List<Integer> warningPercents) {

    static final String DEADLINE_NAME = "complaint-escalation";

    public EscalationTimer {
        percent = percent == null ? WarningShares.BREACH : percent;
        warningPercents = warningPercents == null ? List.of() : List.copyOf(warningPercents);
    }

    /** The first checkpoint: the earliest warning, or the escalation if the policy warns never. */
    static EscalationTimer first(int threshold, Instant startedAt, Instant dueAt, List<Integer> warningPercents) {
        return new EscalationTimer(threshold, WarningShares.first(warningPercents), startedAt, dueAt,
                warningPercents);
    }

    /** The checkpoint after this warning. */
    EscalationTimer next() {
        return new EscalationTimer(threshold, WarningShares.after(percent, warningPercents), startedAt, dueAt,
                warningPercents);
    }

    boolean escalates() {
        return percent >= WarningShares.BREACH;
    }

    Instant firesAt() {
        return escalates() ? dueAt : ComplaintPolicy.warningAt(startedAt, dueAt, percent);
    }
}
