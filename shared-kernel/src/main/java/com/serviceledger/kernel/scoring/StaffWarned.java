package com.serviceledger.kernel.scoring;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * 先批評教育,指出不足,要求改進 (002 第4篇 4): the staff member's month reached the worst service threshold with no
 * standing warning, so they are criticised and educated instead of designated. {@code shortcomings} are the month's
 * scored causes (指出不足); {@code improvement} is what is required, and a threshold month up to
 * {@code standsThroughMonth} makes them the worst service. {@code late} when a complaint verified after the close
 * brought the month to the threshold.
 */
@Revision("1")
public record StaffWarned(String scorecardId, String staffId, String subsidiaryId, String month,
                          int complaintCount, List<String> shortcomings, String improvement,
                          String standsThroughMonth, boolean late, String policyVersion, Instant warnedAt) {

    public StaffWarned {
        shortcomings = shortcomings == null ? List.of() : List.copyOf(shortcomings);
    }
}
