package com.serviceledger.command.policy;

import com.serviceledger.kernel.inspection.EscalationRule;
import com.serviceledger.kernel.inspection.QualityEvaluationRules;
import com.serviceledger.kernel.policy.InspectionPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One subsidiary's quality-inspection settings ({@code serviceledger.policy.inspection.*}); the defaults
 * are the regulation's figures (1 hour, 4 daily / 2 weekly) and ours where it leaves them open. The time
 * zone is not repeated here: it is the subsidiary's ({@code serviceledger.policy[.subsidiaries.<id>].zone}).
 */
public record InspectionPolicyProperties(@DefaultValue("default-1") String version,
                                         @DefaultValue("1h") Duration minorFixWindow,
                                         @DefaultValue("24h") Duration majorDefaultDeadline,
                                         @DefaultValue("80") int warningPercent,
                                         @DefaultValue("200") BigDecimal overduePenalty,
                                         @DefaultValue("4") int dailyInspectionsWithFailures,
                                         @DefaultValue("2") int weeklyInspectionsWithFailures,
                                         @DefaultValue("1000") BigDecimal contractPenalty,
                                         @DefaultValue Evaluation evaluation) {

    /**
     * The monthly evaluation's scoring (see {@link QualityEvaluationRules}).
     */
    public record Evaluation(@DefaultValue("30") int dailyWeight, @DefaultValue("30") int weeklyWeight,
                             @DefaultValue("20") int monthlyWeight, @DefaultValue("20") int rectificationWeight,
                             @DefaultValue("2") BigDecimal overdueDeduction,
                             @DefaultValue("10") BigDecimal escalationDeduction,
                             @DefaultValue("80") BigDecimal passingScore) {

        QualityEvaluationRules toRules() {
            return new QualityEvaluationRules(dailyWeight, weeklyWeight, monthlyWeight, rectificationWeight,
                    overdueDeduction, escalationDeduction, passingScore);
        }
    }

    InspectionPolicy toPolicy(ZoneId zone) {
        return new InspectionPolicy(version, zone, minorFixWindow, majorDefaultDeadline, warningPercent,
                overduePenalty, new EscalationRule(dailyInspectionsWithFailures, weeklyInspectionsWithFailures,
                contractPenalty), evaluation.toRules());
    }
}
