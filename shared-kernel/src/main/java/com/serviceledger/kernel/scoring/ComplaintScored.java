package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A verified complaint cost its staff member {@code points}, as the {@code ordinal}-th complaint of the
 * month; the joint liability it causes is decided here too (0 and null ids when none), so the relay and
 * replays only carry it out. {@code policyVersion} is the version in force when the complaint was received;
 * {@code behaviour} the listed behaviour the verifier picked under the tiered rule set (null otherwise, and in
 * events stored before the catalogue).
 */
@Revision("1")
public record ComplaintScored(String scorecardId, String staffId, String month, String complaintId,
                              MisconductCategory misconduct, MisconductGrade grade, int ordinal, int points,
                              String cause, Sanction sanction, boolean dismissalRecommended,
                              String supervisorId, int supervisorPoints, String groupLeaderId,
                              int groupLeaderPoints, ScoringRuleSet ruleSet, String policyVersion,
                              String timeZone, String subsidiaryId, Instant scoredAt, String behaviour) {

    /** Without a listed behaviour. */
    public ComplaintScored(String scorecardId, String staffId, String month, String complaintId,
                           MisconductCategory misconduct, MisconductGrade grade, int ordinal, int points,
                           String cause, Sanction sanction, boolean dismissalRecommended, String supervisorId,
                           int supervisorPoints, String groupLeaderId, int groupLeaderPoints, ScoringRuleSet ruleSet,
                           String policyVersion, String timeZone, String subsidiaryId, Instant scoredAt) {
        this(scorecardId, staffId, month, complaintId, misconduct, grade, ordinal, points, cause, sanction,
                dismissalRecommended, supervisorId, supervisorPoints, groupLeaderId, groupLeaderPoints, ruleSet,
                policyVersion, timeZone, subsidiaryId, scoredAt, null);
    }
}
