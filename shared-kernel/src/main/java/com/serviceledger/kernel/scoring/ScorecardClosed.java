package com.serviceledger.kernel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The month's totals: the staff member's own deductions, the joint ones, and the fine if worst. */
@Revision("1")
public record ScorecardClosed(String scorecardId, String staffId, String month, int complaintCount,
                              int ownPoints, int jointPoints, int totalPoints, boolean worstService,
                              BigDecimal fine, String policyVersion, Instant closedAt) {
}
