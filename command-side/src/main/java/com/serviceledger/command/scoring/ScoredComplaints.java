package com.serviceledger.command.scoring;

import java.time.YearMonth;

/** How many verified complaints cost a staff member points in a month (read by the star nomination). */
public interface ScoredComplaints {

    int in(String staffId, YearMonth month);
}
