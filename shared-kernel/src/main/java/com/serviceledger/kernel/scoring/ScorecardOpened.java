package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.policy.ScoringTerms;
import org.axonframework.serialization.Revision;

/**
 * A staff member's month opened on its first scored fact, under the scoring policy then in force: the
 * whole month is scored and closed under these terms, so escalation within a month never mixes versions.
 */
@Revision("1")
public record ScorecardOpened(String scorecardId, String staffId, String month, String timeZone,
                              String subsidiaryId, String departmentId, String policyVersion, ScoringTerms terms) {
}
