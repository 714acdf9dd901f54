package com.serviceledger.command.policy;

import jakarta.validation.constraints.DecimalMax;
import com.serviceledger.kernel.policy.InspectionTerms;
import com.serviceledger.kernel.inspection.QualityEvaluationRules;
import com.serviceledger.kernel.inspection.EscalationRule;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.DayKind;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import com.serviceledger.kernel.policy.ServiceRequestTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The HTTP body of a policy publication (durations in ISO-8601, e.g. PT30M). */
final class PolicyRequests {

    private PolicyRequests() {
    }

    record Complaint(@NotNull Duration contactTarget, @NotNull Duration contactHardLimit,
                     @NotNull Duration onSiteTarget, @Min(1) @Max(60) int resolutionDays,
                     @NotNull DayKind resolutionDayKind,
                     @NotNull @Size(max = 5) List<@NotNull @Min(1) @Max(99) Integer> warningPercents) {

        ComplaintTerms toTerms() {
            return new ComplaintTerms(contactTarget, contactHardLimit, onSiteTarget, resolutionDays,
                    resolutionDayKind, warningPercents);
        }
    }

    /** Optional in a publication: absent, the version carries the default service request terms. */
    record ServiceRequest(@NotNull Duration responseTarget,
                          @NotNull @Size(max = 5) List<@NotNull @Min(1) @Max(99) Integer> warningPercents) {

        ServiceRequestTerms toTerms() {
            return new ServiceRequestTerms(responseTarget, warningPercents);
        }
    }

    /** Optional in a publication: absent, the version carries the regulation's scoring figures. */
    record Scoring(@NotNull ScoringRuleSet ruleSet, @Min(0) @Max(100) int attitudePoints,
                   @Min(0) @Max(100) int quarrelPoints, @Min(0) @Max(100) int escalationStep,
                   @Min(1) @Max(31) int supervisorFromCount, @Min(0) @Max(100) int supervisorStep,
                   @Min(1) @Max(31) int groupLeaderFromCount, @Min(0) @Max(100) int groupLeaderStep,
                   @Min(1) @Max(31) int worstServiceThreshold, @NotNull @DecimalMin("0") BigDecimal worstServiceFine,
                   @Min(1) @Max(100) int dismissalAtDesignation, @NotNull @DecimalMin("0") BigDecimal starBonus,
                   @Min(0) @Max(100) int tier1Points, @Min(0) @Max(100) int tier2Points,
                   @Min(0) @Max(100) int tier2SeverePoints) {

        ScoringTerms toTerms() {
            return new ScoringTerms(ruleSet, attitudePoints, quarrelPoints, escalationStep, supervisorFromCount,
                    supervisorStep, groupLeaderFromCount, groupLeaderStep, worstServiceThreshold, worstServiceFine,
                    dismissalAtDesignation, starBonus, tier1Points, tier2Points, tier2SeverePoints);
        }
    }

    /** Optional in a publication: absent, the subsidiary's configured inspection settings stay in force. */
    record Inspection(@NotNull Duration minorFixWindow, @NotNull Duration majorDefaultDeadline,
                      @Min(0) @Max(99) int warningPercent, @NotNull @DecimalMin("0") BigDecimal overduePenalty,
                      @Min(1) @Max(31) int dailyInspectionsWithFailures,
                      @Min(1) @Max(5) int weeklyInspectionsWithFailures,
                      @NotNull @DecimalMin("0") BigDecimal contractPenalty,
                      @Min(0) @Max(100) int dailyWeight, @Min(0) @Max(100) int weeklyWeight,
                      @Min(0) @Max(100) int monthlyWeight, @Min(0) @Max(100) int rectificationWeight,
                      @NotNull @DecimalMin("0") BigDecimal overdueDeduction,
                      @NotNull @DecimalMin("0") BigDecimal escalationDeduction,
                      @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal passingScore) {

        InspectionTerms toTerms() {
            return new InspectionTerms(minorFixWindow, majorDefaultDeadline, warningPercent, overduePenalty,
                    new EscalationRule(dailyInspectionsWithFailures, weeklyInspectionsWithFailures, contractPenalty),
                    new QualityEvaluationRules(dailyWeight, weeklyWeight, monthlyWeight, rectificationWeight,
                            overdueDeduction, escalationDeduction, passingScore));
        }
    }

    record Publish(@NotBlank @Size(max = 64) String timeZone, @Size(max = 400) Set<LocalDate> holidays,
                   @Min(1) @Max(100) int satisfactionTargetPercent, @NotNull @Valid Complaint complaint,
                   @Valid ServiceRequest serviceRequest, @Valid Scoring scoring, @Valid Inspection inspection) {

        PolicyTerms toTerms() {
            return new PolicyTerms(timeZone, holidays, satisfactionTargetPercent, complaint.toTerms(),
                    serviceRequest == null ? null : serviceRequest.toTerms(),
                    scoring == null ? null : scoring.toTerms(),
                    inspection == null ? null : inspection.toTerms());
        }
    }
}
