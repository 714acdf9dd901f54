package com.serviceledger.kernel.scoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A closed month changed: a complaint received in it was verified (or a joint charge for one arrived) after the
 * close. The month's totals before and after, so the change is explicit and never silent; the close stands, and a
 * verdict the corrected count calls for follows as its own event (late).
 */
@Revision("1")
public record ScorecardCorrected(String scorecardId, String staffId, String month, String complaintId,
                                 String reason, int complaintCountBefore, int complaintCountAfter,
                                 int ownPointsBefore, int ownPointsAfter, int jointPointsBefore,
                                 int jointPointsAfter, int totalPointsBefore, int totalPointsAfter,
                                 String policyVersion, Instant correctedAt) {
}
