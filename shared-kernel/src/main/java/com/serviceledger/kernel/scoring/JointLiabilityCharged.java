package com.serviceledger.kernel.scoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A supervisor or group leader lost points for a staff member's complaint, recorded with its cause. */
@Revision("1")
public record JointLiabilityCharged(String scorecardId, String staffId, String month, String complaintId,
                                    LiabilityRole role, String responsibleStaffId, int ordinal, int points,
                                    String cause, String policyVersion, Instant chargedAt) {
}
