package com.serviceledger.command.improvement;

import com.serviceledger.command.deadline.WarningShares;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import java.time.Instant;
import java.util.List;

/**
 * The payload of an improvement action's timer: a warning at {@code percent} of the time from {@code startedAt}
 * to {@code dueAt}, or the breach at 100 %. Chained like a complaint's SLA checkpoints: only the next one is
 * scheduled; one whose due date is no longer the action's (it was reopened with another) is stale.
 */
public record ImprovementCheckpoint(int percent, Instant startedAt, Instant dueAt, List<Integer> warningPercents) {

    static final String DEADLINE_NAME = "improvement-action-due";
    static final int BREACH = WarningShares.BREACH;

    public ImprovementCheckpoint {
        warningPercents = List.copyOf(warningPercents);
    }

    static ImprovementCheckpoint first(Instant startedAt, Instant dueAt, List<Integer> warningPercents) {
        int first = WarningShares.first(warningPercents);
        return new ImprovementCheckpoint(first, startedAt, dueAt, warningPercents);
    }

    /** The checkpoint after this one, or null after the breach. */
    ImprovementCheckpoint next() {
        if (isBreach()) {
            return null;
        }
        int next = WarningShares.after(percent, warningPercents);
        return new ImprovementCheckpoint(next, startedAt, dueAt, warningPercents);
    }

    Instant firesAt() {
        return isBreach() ? dueAt : ComplaintPolicy.warningAt(startedAt, dueAt, percent);
    }

    boolean isBreach() {
        return percent >= BREACH;
    }
}
