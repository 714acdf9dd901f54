package com.serviceledger.kernel.scoring;

import java.time.YearMonth;

/** One staff member's month (local to the subsidiary): the scope of escalation and of the close. */
public final class ScorecardId {

    private ScorecardId() {
    }

    /** e.g. {@code SC:staff-9:2026-03}. */
    public static String of(String staffId, YearMonth month) {
        return "SC:" + staffId + ":" + month;
    }
}
