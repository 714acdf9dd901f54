package com.serviceledger.kernel.policy;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a subsidiary's policy fixes, in one published version. Every figure the regulations leave
 * open ({@code [X]}) is here, never a constant in code.
 *
 * @param timeZone                  days, months and "end of day" are local to the subsidiary
 * @param holidays                  non-working days besides weekends
 * @param satisfactionTargetPercent the share of 4 and 5 scores aimed at (000 §5.2.1; default 90)
 */
public record PolicyTerms(String timeZone, Set<LocalDate> holidays, int satisfactionTargetPercent,
                          ComplaintTerms complaint) {

    public PolicyTerms {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }
}
