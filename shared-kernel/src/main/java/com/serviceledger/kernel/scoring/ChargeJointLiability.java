package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.common.SystemCommand;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deducts a supervisor's or group leader's share of a staff member's complaint on their own month, with
 * the points already decided on the staff member's card. Idempotent per complaint and role.
 */
public record ChargeJointLiability(@TargetAggregateIdentifier String scorecardId, String staffId, String month,
                                   String timeZone, String subsidiaryId, String complaintId, LiabilityRole role,
                                   String responsibleStaffId, int ordinal, int points, String policyVersion,
                                   Instant at) implements SystemCommand {
}
