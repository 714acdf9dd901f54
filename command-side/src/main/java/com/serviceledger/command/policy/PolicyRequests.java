package com.serviceledger.command.policy;

import jakarta.validation.constraints.DecimalMax;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.notification.NotificationRule;
import com.serviceledger.kernel.notification.NotificationTerms;
import com.serviceledger.kernel.notification.RecipientRole;
import com.serviceledger.kernel.policy.IncidentTerms;
import com.serviceledger.kernel.policy.InspectionTerms;
import com.serviceledger.kernel.inspection.QualityEvaluationRules;
import com.serviceledger.kernel.inspection.EscalationRule;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.DayKind;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.policy.ListedBehaviour;
import com.serviceledger.kernel.policy.PointsRange;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import jakarta.validation.constraints.AssertTrue;
import com.serviceledger.kernel.policy.ScoringTerms;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import com.serviceledger.kernel.policy.ServiceRequestTerms;
import com.serviceledger.platform.web.Ascending;
import com.serviceledger.platform.web.InputRules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTTP body of a policy publication (durations in ISO-8601, e.g. PT30M). Every duration lies between one
 * minute and {@value #MAX_DAYS} days ({@link Bounded}): a longer one is no service target, and a due time it put
 * centuries ahead was refused by the views. Warning percents lie in 1–99 and ascend.
 */
final class PolicyRequests {

    static final long MAX_DAYS = 365;

    private PolicyRequests() {
    }

    /** A policy duration: at least a minute, at most {@value #MAX_DAYS} days. */
    @Documented
    @DurationMin(minutes = 1)
    @DurationMax(days = MAX_DAYS)
    @NotNull
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
            ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Bounded {

        String message() default "must be a duration from PT1M to P" + MAX_DAYS + "D";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    record Complaint(@Bounded Duration contactTarget, @Bounded Duration contactHardLimit,
                     @Bounded Duration onSiteTarget, @Min(1) @Max(60) int resolutionDays,
                     @NotNull DayKind resolutionDayKind,
                     @NotNull @Size(max = 5) @Ascending List<@NotNull @Min(1) @Max(99) Integer> warningPercents,
                     @Min(1) @Max(20) Integer escalateAfterRejections,
                     @DurationMin(minutes = 1) @DurationMax(days = MAX_DAYS) Duration escalateAfter,
                     @Min(1) @Max(60) Integer investigationDays, @Min(1) @Max(60) Integer solutionDays,
                     @Min(1) @Max(60) Integer replyDays, DayKind replyDayKind) {

        /** The last four are optional: left out, the regulations' defaults (see {@link ComplaintTerms}). */
        ComplaintTerms toTerms() {
            // the way out of a complaint never accepted is optional: absent, the defaults
            return new ComplaintTerms(contactTarget, contactHardLimit, onSiteTarget, resolutionDays,
                    resolutionDayKind, warningPercents, escalateAfterRejections, escalateAfter, investigationDays,
                    solutionDays, replyDays, replyDayKind);
        }
    }

    /** Optional in a publication: absent, the version carries the default service request terms. */
    record ServiceRequest(@Bounded Duration responseTarget,
                          @NotNull @Size(max = 5) @Ascending
                          List<@NotNull @Min(1) @Max(99) Integer> warningPercents,
                          @DurationMin(minutes = 1) @DurationMax(days = MAX_DAYS) Duration surveyWindow) {

        ServiceRequestTerms toTerms() {
            return new ServiceRequestTerms(responseTarget, warningPercents, surveyWindow);
        }
    }

    /**
     * Optional in a publication: absent, the version carries the regulation's scoring figures. The warning terms are
     * optional in it: absent, criticism and education come first (第4篇 4) and a warning stands 12 months.
     */
    record Scoring(@NotNull ScoringRuleSet ruleSet, @Min(0) @Max(100) int attitudePoints,
                   @Min(0) @Max(100) int quarrelPoints, @Min(0) @Max(100) int escalationStep,
                   @Min(1) @Max(31) int supervisorFromCount, @Min(0) @Max(100) int supervisorStep,
                   @Min(1) @Max(31) int groupLeaderFromCount, @Min(0) @Max(100) int groupLeaderStep,
                   @Min(1) @Max(31) int worstServiceThreshold, @NotNull @DecimalMin("0") BigDecimal worstServiceFine,
                   @Min(1) @Max(100) int dismissalAtDesignation, @NotNull @DecimalMin("0") BigDecimal starBonus,
                   @Min(0) @Max(100) int tier1Points, @Min(0) @Max(100) int tier2Points,
                   @Min(0) @Max(100) int tier2SeverePoints, Boolean warningBeforeWorst,
                   @Min(1) @Max(60) Integer warningStandsMonths, @Valid TierRange tier1Range,
                   @Valid TierRange tier2Range,
                   @Size(min = 1, max = 60) List<@NotNull @Valid CatalogueEntry> behaviours) {

        ScoringTerms toTerms() {
            return new ScoringTerms(ruleSet, attitudePoints, quarrelPoints, escalationStep, supervisorFromCount,
                    supervisorStep, groupLeaderFromCount, groupLeaderStep, worstServiceThreshold, worstServiceFine,
                    dismissalAtDesignation, starBonus, tier1Points, tier2Points, tier2SeverePoints,
                    warningBeforeWorst == null || warningBeforeWorst, warningStandsMonths,
                    tier1Range == null ? null : tier1Range.toRange(), tier2Range == null ? null : tier2Range.toRange(),
                    behaviours == null ? null : behaviours.stream().map(CatalogueEntry::toBehaviour).toList());
        }

        @AssertTrue(message = "each behaviour code once")
        public boolean isBehaviourCodesDistinct() {
            var listed = behaviours == null ? List.<CatalogueEntry>of()
                    : behaviours.stream().filter(Objects::nonNull).toList();
            return listed.stream().map(CatalogueEntry::code).distinct().count() == listed.size();
        }
    }

    /** A tier's points (absent: the regulation's 5–15 and 15–30). */
    record TierRange(@Min(0) @Max(100) int min, @Min(0) @Max(100) int max) {

        @AssertTrue(message = "min must not exceed max")
        public boolean isOrdered() {
            return min <= max;
        }

        PointsRange toRange() {
            return new PointsRange(min, max);
        }
    }

    /** A listed behaviour of the tiered catalogue (absent list: the regulation's thirteen). */
    record CatalogueEntry(@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}",
                                  message = "must be upper-case letters, digits and _, e.g. COLD_ATTITUDE") String code,
                          @NotNull MisconductGrade tier, @NotBlank @Size(max = 200) String labelZh,
                          @NotBlank @Size(max = 200) String labelEn) {

        @AssertTrue(message = "a behaviour is of TIER_1 or TIER_2; severity is judged per case")
        public boolean isListedTier() {
            return tier != MisconductGrade.TIER_2_SEVERE;
        }

        ListedBehaviour toBehaviour() {
            return new ListedBehaviour(code, tier, labelZh, labelEn);
        }
    }

    /** Optional in a publication: absent, the subsidiary's configured inspection settings stay in force. */
    record Inspection(@Bounded Duration minorFixWindow, @Bounded Duration majorDefaultDeadline,
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

    /**
     * One notification rule; a publication that names rules replaces the whole table (a kind it leaves out tells
     * nobody). The target is an SLA target of the kind's case (CONTACT, ON_SITE, ...; FIRST_RESPONSE, DELIVERY).
     */
    record Notification(@NotNull NotificationKind kind,
                        @Pattern(regexp = "CONTACT|CONTACT_HARD_LIMIT|ON_SITE|RESOLUTION|CALLBACK|FIRST_RESPONSE|DELIVERY"
                                + "|INVESTIGATION|SOLUTION|RESULT_REPORT|REPLY",
                                message = "must be an SLA target: CONTACT, CONTACT_HARD_LIMIT, ON_SITE, RESOLUTION, CALLBACK, FIRST_RESPONSE, DELIVERY, INVESTIGATION, SOLUTION, RESULT_REPORT or REPLY")
                        String target,
                        @NotNull @Size(max = 11) Set<@NotNull RecipientRole> recipients,
                        @NotNull @Size(max = 2) Set<@NotNull PersonChannel> channels) {

        NotificationRule toRule() {
            return new NotificationRule(kind, target, recipients,
                    channels.stream().map(PersonChannel::channel).collect(Collectors.toSet()));
        }
    }

    /** The channels a policy sends to people on (webhooks are subscribed to, not decided by policy). */
    enum PersonChannel {
        INBOX, EMAIL;

        NotificationChannel channel() {
            return NotificationChannel.valueOf(name());
        }
    }

    /** Optional in a publication: absent, the version carries the default emergency terms. */
    record Incident(@Bounded Duration reportWithin, @Bounded Duration reviewWithin, @Bounded Duration drillRecordWithin,
                    @NotNull @Size(max = 5) @Ascending List<@NotNull @Min(1) @Max(99) Integer> warningPercents) {

        IncidentTerms toTerms() {
            return new IncidentTerms(reportWithin, reviewWithin, drillRecordWithin, warningPercents);
        }
    }

    record Publish(@NotBlank @Pattern(regexp = InputRules.TIME_ZONE, message = InputRules.TIME_ZONE_MESSAGE)
                   String timeZone, @Size(max = 400) Set<@NotNull LocalDate> holidays,
                   @Min(1) @Max(100) int satisfactionTargetPercent, @NotNull @Valid Complaint complaint,
                   @Valid ServiceRequest serviceRequest, @Valid Scoring scoring, @Valid Inspection inspection,
                   @Size(max = 100) List<@NotNull @Valid Notification> notifications, @Valid Incident incident) {

        PolicyTerms toTerms() {
            return new PolicyTerms(timeZone, holidays, satisfactionTargetPercent, complaint.toTerms(),
                    serviceRequest == null ? null : serviceRequest.toTerms(),
                    scoring == null ? null : scoring.toTerms(),
                    inspection == null ? null : inspection.toTerms(),
                    notifications == null ? null
                            : new NotificationTerms(notifications.stream().map(Notification::toRule).toList()),
                    incident == null ? null : incident.toTerms());
        }
    }
}
