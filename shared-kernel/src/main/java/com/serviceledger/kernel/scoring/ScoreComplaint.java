package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.common.SystemCommand;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.organisation.StaffChain;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Scores a verified complaint on its staff member's month; scoring the same complaint again changes nothing. */
public record ScoreComplaint(@TargetAggregateIdentifier String scorecardId, String month, String timeZone,
                             StaffChain chain, String complaintId, MisconductCategory misconduct,
                             MisconductGrade grade, Instant complaintReceivedAt, Instant verifiedAt)
        implements SystemCommand {
}
