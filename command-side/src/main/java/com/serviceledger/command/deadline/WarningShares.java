package com.serviceledger.command.deadline;

import java.util.List;

/**
 * The order a chained timer fires in: the policy's warning shares of the time from start to due, lowest first,
 * then the breach at 100 %. Every timer of the command side (complaint and service request SLAs, improvement
 * actions, incidents and drills) walks the same chain, one checkpoint scheduled at a time.
 */
public final class WarningShares {

    public static final int BREACH = 100;

    private WarningShares() {
    }

    /** The earliest warning, or the breach if the policy warns never. */
    public static int first(List<Integer> shares) {
        return shares.stream().mapToInt(Integer::intValue).min().orElse(BREACH);
    }

    /** The warning after {@code percent}, or the breach after the last. */
    public static int after(int percent, List<Integer> shares) {
        return shares.stream().mapToInt(Integer::intValue).filter(p -> p > percent).min().orElse(BREACH);
    }
}
