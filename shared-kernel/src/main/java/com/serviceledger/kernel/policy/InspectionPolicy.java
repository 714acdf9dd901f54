package com.serviceledger.kernel.policy;

import com.serviceledger.kernel.inspection.EscalationRule;
import com.serviceledger.kernel.inspection.QualityEvaluationRules;
import com.serviceledger.kernel.inspection.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The quality-inspection rules of one subsidiary, as one version of its policy (002 第3篇). Every value
 * is a setting; the defaults are the regulation's figures or, where it leaves them open, ours.
 *
 * @param version              recorded on the events decided under it
 * @param zone                 the subsidiary's time zone: an inspection's month is local
 * @param minorFixWindow       a minor non-conformity is fixed within this after the staff is told (1 hour)
 * @param majorDefaultDeadline a work order's deadline when the inspectors write none (ours: 24 hours)
 * @param warningPercent       a reminder at this share of the time to a rectification deadline (80 %)
 * @param overduePenalty       the penalty for a rectification not done by its deadline (ours: 200)
 * @param escalation           4 daily / 2 weekly inspections with failures a month, and the contract penalty
 * @param evaluation           the weights and deductions of the monthly evaluation
 */
public record InspectionPolicy(String version, ZoneId zone, Duration minorFixWindow, Duration majorDefaultDeadline,
                               int warningPercent, BigDecimal overduePenalty, EscalationRule escalation,
                               QualityEvaluationRules evaluation) {

    public InspectionPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(zone, "zone");
        requirePositive(minorFixWindow, "minorFixWindow");
        requirePositive(majorDefaultDeadline, "majorDefaultDeadline");
        if (warningPercent < 0 || warningPercent >= 100) {
            throw new IllegalArgumentException("warningPercent must be from 0 (no warning) to 99");
        }
        if (overduePenalty == null || overduePenalty.signum() < 0) {
            throw new IllegalArgumentException("overduePenalty must be zero or more");
        }
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /** The inspection part of a published policy version that has one. */
    public static InspectionPolicy of(PolicyPublished published) {
        InspectionTerms t = Objects.requireNonNull(published.terms().inspection(), "inspection terms");
        return new InspectionPolicy(published.versionName(), ZoneId.of(published.terms().timeZone()),
                t.minorFixWindow(), t.majorDefaultDeadline(), t.warningPercent(), t.overduePenalty(), t.escalation(),
                t.evaluation());
    }

    /** The regulation's figures and our defaults, in the given zone. */
    public static InspectionPolicy defaults(String version, ZoneId zone) {
        return new InspectionPolicy(version, zone, Duration.ofHours(1), Duration.ofHours(24), 80,
                new BigDecimal("200"), new EscalationRule(4, 2, new BigDecimal("1000")),
                new QualityEvaluationRules(30, 30, 20, 20, new BigDecimal("2"), new BigDecimal("10"),
                        new BigDecimal("80")));
    }

    /** The deadline of a non-conformity found at {@code inspectedAt}: the work order's, if it has one. */
    public Instant rectificationDueAt(Severity severity, Instant inspectedAt, Instant workOrderDueAt) {
        if (severity == Severity.MINOR) {
            return inspectedAt.plus(minorFixWindow);
        }
        return workOrderDueAt != null ? workOrderDueAt : inspectedAt.plus(majorDefaultDeadline);
    }

    /** When to remind before {@code dueAt}, or null if this policy does not remind. */
    public Instant warningAt(Instant raisedAt, Instant dueAt) {
        if (warningPercent == 0) {
            return null;
        }
        return ComplaintPolicy.warningAt(raisedAt, dueAt, warningPercent);
    }

    /** The local calendar month an instant falls in. */
    public YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(zone));
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
