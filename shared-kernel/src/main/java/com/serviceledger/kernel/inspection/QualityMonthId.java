package com.serviceledger.kernel.inspection;

import java.time.YearMonth;

/** A unit's calendar month (local to its subsidiary): the scope of escalation and of the evaluation. */
public final class QualityMonthId {

    private QualityMonthId() {
    }

    /** e.g. {@code QM:sub-1:site-a:ctr-9:2026-03}; an empty contractor for in-house work. */
    public static String of(InspectedUnit unit, String month) {
        return "QM:" + unit.key() + ":" + YearMonth.parse(month);
    }
}
