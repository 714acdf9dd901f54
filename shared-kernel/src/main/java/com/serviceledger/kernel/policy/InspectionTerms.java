package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.inspection.EscalationRule;
import com.serviceledger.kernel.inspection.QualityEvaluationRules;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The quality-inspection terms of a published policy version (002 第3篇); see {@link InspectionPolicy}
 * for what each figure means.
 */
public record InspectionTerms(Duration minorFixWindow, Duration majorDefaultDeadline, int warningPercent,
                              BigDecimal overduePenalty, EscalationRule escalation,
                              QualityEvaluationRules evaluation) {
}
