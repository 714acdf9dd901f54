package com.serviceledger.command.scoring;

import java.time.YearMonth;
import java.util.Optional;

/** The criticism and education a staff member received (StaffWarned on their months), read by the month verdict. */
public interface Warnings {

    /** The latest of the {@code months} months before {@code month} in which the staff member was warned. */
    Optional<YearMonth> standingBefore(String staffId, YearMonth month, int months);
}
