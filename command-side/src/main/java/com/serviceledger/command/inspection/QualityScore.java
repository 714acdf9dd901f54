package com.serviceledger.command.inspection;

import com.serviceledger.kernel.inspection.KindFigures;
import com.serviceledger.kernel.inspection.QualityEvaluationRules;
import com.serviceledger.kernel.inspection.RectificationFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The score of a month under {@link QualityEvaluationRules} (the rules' documentation is the formula). */
final class QualityScore {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private QualityScore() {
    }

    /** A share from 0 to 1, to four decimals. */
    static BigDecimal rate(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    static BigDecimal of(QualityEvaluationRules rules, KindFigures daily, KindFigures weekly, KindFigures monthly,
                         RectificationFigures rectifications, boolean escalated) {
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        int[] partWeights = {rules.dailyWeight(), rules.weeklyWeight(), rules.monthlyWeight()};
        KindFigures[] kinds = {daily, weekly, monthly};
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i].passRate() != null && partWeights[i] > 0) {
                weighted = weighted.add(kinds[i].passRate().multiply(BigDecimal.valueOf(partWeights[i])));
                weights += partWeights[i];
            }
        }
        if (rules.rectificationWeight() > 0) {
            // nothing to rectify is rectification done right
            BigDecimal onTime = rectifications.onTimeRate() == null ? BigDecimal.ONE : rectifications.onTimeRate();
            weighted = weighted.add(onTime.multiply(BigDecimal.valueOf(rules.rectificationWeight())));
            weights += rules.rectificationWeight();
        }
        BigDecimal score = weights == 0 ? HUNDRED
                : weighted.multiply(HUNDRED).divide(BigDecimal.valueOf(weights), 4, RoundingMode.HALF_UP);
        score = score.subtract(rules.overdueDeduction().multiply(BigDecimal.valueOf(rectifications.overdue())));
        if (escalated) {
            score = score.subtract(rules.escalationDeduction());
        }
        return score.max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
    }
}
