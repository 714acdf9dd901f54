package com.serviceledger.kernel.inspection;

import java.math.BigDecimal;

/**
 * How the monthly quality evaluation (質量考評) scores a unit's month, out of 100:
 * <ol>
 *   <li>a weighted mean of the parts that have data: the item pass rate of the daily, weekly and monthly
 *       inspections, and the share of non-conformities rectified on time (a month without any scores
 *       that part 100 %); a kind not inspected that month drops out and the other weights count;</li>
 *   <li>minus {@code overdueDeduction} points per overdue rectification;</li>
 *   <li>minus {@code escalationDeduction} points if the month escalated;</li>
 *   <li>not below 0, rounded to one decimal; it meets the standard at {@code passingScore} or more.</li>
 * </ol>
 */
public record QualityEvaluationRules(int dailyWeight, int weeklyWeight, int monthlyWeight, int rectificationWeight,
                                     BigDecimal overdueDeduction, BigDecimal escalationDeduction,
                                     BigDecimal passingScore) {

    public QualityEvaluationRules {
        if (dailyWeight < 0 || weeklyWeight < 0 || monthlyWeight < 0 || rectificationWeight < 0
                || dailyWeight + weeklyWeight + monthlyWeight + rectificationWeight == 0) {
            throw new IllegalArgumentException("weights must be zero or more and not all zero");
        }
        if (overdueDeduction == null || escalationDeduction == null || passingScore == null
                || overdueDeduction.signum() < 0 || escalationDeduction.signum() < 0) {
            throw new IllegalArgumentException("deductions must be zero or more and a passing score given");
        }
    }

    public int weight(InspectionKind kind) {
        return switch (kind) {
            case DAILY -> dailyWeight;
            case WEEKLY -> weeklyWeight;
            case MONTHLY -> monthlyWeight;
        };
    }
}
