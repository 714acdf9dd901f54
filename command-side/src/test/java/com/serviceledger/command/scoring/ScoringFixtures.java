package com.serviceledger.command.scoring;

import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.Sanction;
import com.serviceledger.kernel.scoring.ScoreComplaint;
import com.serviceledger.kernel.scoring.ScorecardId;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** A staff member with a supervisor and a group leader, and the regulation's scoring terms. */
final class ScoringFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String VERSION = "sub-1/v4";
    static final StaffChain CHAIN = new StaffChain("staff-9", "sub-1", "dept-sales", "weighbridge", "sup-2",
            "lead-1");
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final String CARD = ScorecardId.of("staff-9", MARCH);
    static final Instant T0 = Instant.parse("2026-03-10T02:00:00Z");
    /** 00:00 on 1 April in Shanghai: March is over. */
    static final Instant END_OF_MARCH = Instant.parse("2026-03-31T16:00:00Z");
    static final ScoringTerms DEFAULTS = ScoringTerms.defaults();
    static final ScoringTerms TIERED = new ScoringTerms(ScoringRuleSet.TIERED_4, 5, 10, 5, 2, 3, 3, 3, 2,
            new BigDecimal("500"), 3, new BigDecimal("500"), 5, 15, 30, true, 12);
    /** The regulation's figures, but the month at the threshold is the worst service at once (as before warnings). */
    static final ScoringTerms WITHOUT_WARNING = new ScoringTerms(ScoringRuleSet.ESCALATING_5, 5, 10, 5, 2, 3, 3, 3,
            2, new BigDecimal("500"), 3, new BigDecimal("500"), 5, 15, 30, false, 12);

    private ScoringFixtures() {
    }

    static PolicyProvider policies(ScoringTerms terms) {
        return new PolicyProvider() {
            @Override
            public ComplaintPolicy complaintPolicy(String subsidiaryId) {
                return ComplaintPolicy.defaults(VERSION, SHANGHAI);
            }

            @Override
            public ScoringPolicy scoringPolicy(String subsidiaryId) {
                return new ScoringPolicy(VERSION, SHANGHAI, terms);
            }
        };
    }

    static ScorecardOpened opened(ScoringTerms terms) {
        return new ScorecardOpened(CARD, "staff-9", "2026-03", "Asia/Shanghai", "sub-1", "dept-sales", VERSION,
                terms);
    }

    static ScoreComplaint score(String complaintId, MisconductCategory misconduct) {
        return score(complaintId, misconduct, null);
    }

    static ScoreComplaint score(String complaintId, MisconductCategory misconduct, MisconductGrade grade) {
        return new ScoreComplaint(CARD, "2026-03", "Asia/Shanghai", CHAIN, complaintId, misconduct, grade, T0, T0);
    }

    /** A scored attitude complaint as the default rule set decides it, as the {@code n}-th of March. */
    static ComplaintScored scored(String complaintId, int n, int points, int supervisorPoints,
                                  int groupLeaderPoints) {
        return scored(complaintId, MisconductCategory.ATTITUDE, n, points, supervisorPoints, groupLeaderPoints);
    }

    static ComplaintScored scored(String complaintId, MisconductCategory misconduct, int n, int points,
                                  int supervisorPoints, int groupLeaderPoints) {
        int base = misconduct == MisconductCategory.QUARREL ? 10 : 5;
        String what = misconduct == MisconductCategory.QUARREL ? "quarrel with or abuse of a customer"
                : "attitude or working state";
        return new ComplaintScored(CARD, "staff-9", "2026-03", complaintId, misconduct, null, n, points,
                "verified complaint about " + what + ", " + Deduction.ordinal(n) + " of the month: max(" + base
                        + ", " + n + " × 5)",
                null, false, supervisorPoints > 0 ? "sup-2" : null, supervisorPoints,
                groupLeaderPoints > 0 ? "lead-1" : null, groupLeaderPoints, ScoringRuleSet.ESCALATING_5, VERSION,
                "Asia/Shanghai", "sub-1", T0);
    }

    static ComplaintScored tieredScored(String complaintId, MisconductCategory misconduct, MisconductGrade grade,
                                        int n, int points, String cause, Sanction sanction, boolean dismissal) {
        return new ComplaintScored(CARD, "staff-9", "2026-03", complaintId, misconduct, grade, n, points, cause,
                sanction, dismissal, null, 0, null, 0, ScoringRuleSet.TIERED_4, VERSION, "Asia/Shanghai", "sub-1",
                T0);
    }
}
