package com.serviceledger.command.scoring;

import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.policy.ListedBehaviour;
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
 * Tiered rule set (第4篇 §9): the listed behaviour the verifier picked gives the tier and its sanction, the points
 * are the verifier's, within the tier's range (checked at verification); a verification stored before the
 * catalogue names only a grade and costs the grade's fixed points. No escalation by count.
 */
record Deduction(int points, String cause, Sanction sanction, boolean dismissalRecommended, String behaviour) {

    static boolean costsPoints(MisconductCategory misconduct) {
        return misconduct == MisconductCategory.ATTITUDE || misconduct == MisconductCategory.QUARREL;
    }

    static Deduction of(ScoringTerms terms, MisconductCategory misconduct, MisconductGrade grade, String behaviour,
                        Integer chosenPoints, int ordinal) {
        if (terms.ruleSet() == ScoringRuleSet.TIERED_4) {
            var listed = behaviour == null || chosenPoints == null ? null : terms.behaviour(behaviour).orElse(null);
            return listed != null ? listed(listed, grade == MisconductGrade.TIER_2_SEVERE, chosenPoints, terms)
                    : tiered(terms, misconduct, grade == null ? MisconductGrade.TIER_1 : grade);
        }
        int base = misconduct == MisconductCategory.QUARREL ? terms.quarrelPoints() : terms.attitudePoints();
        int escalated = ordinal * terms.escalationStep();
        int points = Math.max(base, escalated);
        String what = misconduct == MisconductCategory.QUARREL ? "quarrel with or abuse of a customer"
                : "attitude or working state";
        String cause = "verified complaint about " + what + ", " + ordinal(ordinal) + " of the month: max("
                + base + ", " + ordinal + " × " + terms.escalationStep() + ")";
        return new Deduction(points, cause, null, false, null);
    }

    /** Tier 1: a major demerit (記大過); tier 2: a warning (警告), and dismissal when the verifier judged it severe. */
    private static Deduction listed(ListedBehaviour listed, boolean severe, int points, ScoringTerms terms) {
        boolean tier1 = listed.tier() == MisconductGrade.TIER_1;
        boolean dismissal = !tier1 && severe;
        String cause = (dismissal ? "severe tier 2" : tier1 ? "tier 1" : "tier 2") + " misconduct: "
                + listed.labelEn() + " (" + listed.code() + "), " + points + " of "
                + terms.rangeOf(listed.tier());
        return new Deduction(points, cause, tier1 ? Sanction.MAJOR_DEMERIT : Sanction.WARNING, dismissal,
                listed.code());
    }

    private static Deduction tiered(ScoringTerms terms, MisconductCategory misconduct, MisconductGrade grade) {
        String what = misconduct.name().toLowerCase();
        return switch (grade) {
            case TIER_1 -> new Deduction(terms.tier1Points(), "tier 1 misconduct (" + what + ")",
                    Sanction.MAJOR_DEMERIT, false, null);
            case TIER_2 -> new Deduction(terms.tier2Points(), "tier 2 misconduct (" + what + ")",
                    Sanction.WARNING, false, null);
            case TIER_2_SEVERE -> new Deduction(terms.tier2SeverePoints(),
                    "severe tier 2 misconduct (" + what + ")", Sanction.WARNING, true, null);
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
