package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.common.SystemCommand;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.policy.ScoringTerms;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Scores a verified complaint on its staff member's month; scoring the same complaint again changes nothing.
 * {@code policyVersion} and {@code terms} are the scoring rules in force when the complaint was received (null:
 * the month's, as before they were carried); {@code behaviour} and {@code points} are the verifier's choice under
 * the tiered rule set (null: priced by grade).
 */
public record ScoreComplaint(@TargetAggregateIdentifier String scorecardId, String month, String timeZone,
                             StaffChain chain, String complaintId, MisconductCategory misconduct,
                             MisconductGrade grade, Instant complaintReceivedAt, Instant verifiedAt,
                             String behaviour, Integer points, String policyVersion, ScoringTerms terms)
        implements SystemCommand {

    /** Under the month's rules, priced by grade. */
    public ScoreComplaint(String scorecardId, String month, String timeZone, StaffChain chain, String complaintId,
                          MisconductCategory misconduct, MisconductGrade grade, Instant complaintReceivedAt,
                          Instant verifiedAt) {
        this(scorecardId, month, timeZone, chain, complaintId, misconduct, grade, complaintReceivedAt, verifiedAt,
                null, null, null, null);
    }
}
