package com.serviceledger.command.scoring;

import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.scoring.Sanction;

/**
 * What one verified complaint costs its staff member, as the {@code ordinal}-th of the month.
 * <p>
 * Default rule set (第5篇 1 and 2): "一次扣…5分 / 10分" prices the category, "月連續被投訴的按次數乘5分" prices
 * the repetition; both describe the same deduction, so the n-th complaint costs the larger of the two:
 * max(category points, n × step). Attitude: 5, 10, 15, …; quarrel: 10, 10, 15, 20, …
 * <p>
 * Tiered rule set (第4篇 §9): a flat deduction by grade, with its sanction; no escalation by count.
 */
record Deduction(int points, String cause, Sanction sanction, boolean dismissalRecommended) {

    static boolean costsPoints(MisconductCategory misconduct) {
        return misconduct == MisconductCategory.ATTITUDE || misconduct == MisconductCategory.QUARREL;
    }

    static Deduction of(ScoringTerms terms, MisconductCategory misconduct, MisconductGrade grade, int ordinal) {
        if (terms.ruleSet() == ScoringRuleSet.TIERED_4) {
            return tiered(terms, misconduct, grade == null ? MisconductGrade.TIER_1 : grade);
        }
        int base = misconduct == MisconductCategory.QUARREL ? terms.quarrelPoints() : terms.attitudePoints();
        int escalated = ordinal * terms.escalationStep();
        int points = Math.max(base, escalated);
        String what = misconduct == MisconductCategory.QUARREL ? "quarrel with or abuse of a customer"
                : "attitude or working state";
        String cause = "verified complaint about " + what + ", " + ordinal(ordinal) + " of the month: max("
                + base + ", " + ordinal + " × " + terms.escalationStep() + ")";
        return new Deduction(points, cause, null, false);
    }

    private static Deduction tiered(ScoringTerms terms, MisconductCategory misconduct, MisconductGrade grade) {
        String what = misconduct.name().toLowerCase();
        return switch (grade) {
            case TIER_1 -> new Deduction(terms.tier1Points(), "tier 1 misconduct (" + what + ")",
                    Sanction.MAJOR_DEMERIT, false);
            case TIER_2 -> new Deduction(terms.tier2Points(), "tier 2 misconduct (" + what + ")",
                    Sanction.WARNING, false);
            case TIER_2_SEVERE -> new Deduction(terms.tier2SeverePoints(),
                    "severe tier 2 misconduct (" + what + ")", Sanction.WARNING, true);
        };
    }

    /**
     * Joint liability (第5篇 2): from the {@code from}-th complaint of the month the answerable person loses
     * {@code step} per complaint, escalating by count: (n − from + 1) × step, i.e. 3, 6, … Only under the
     * default rule set: 第4篇 §9 lists weak supervision as a misconduct of its own (tier 1, 7).
     */
    static int jointPoints(ScoringTerms terms, int ordinal, int from, int step) {
        if (terms.ruleSet() != ScoringRuleSet.ESCALATING_5 || ordinal < from) {
            return 0;
        }
        return (ordinal - from + 1) * step;
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
