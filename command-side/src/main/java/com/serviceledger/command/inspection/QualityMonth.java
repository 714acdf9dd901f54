package com.serviceledger.command.inspection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.inspection.CloseQualityMonth;
import com.serviceledger.kernel.inspection.CountInspection;
import com.serviceledger.kernel.inspection.CountRectificationOutcome;
import com.serviceledger.kernel.inspection.EscalationRule;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.InspectionCounted;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.KindFigures;
import com.serviceledger.kernel.inspection.QualityEscalated;
import com.serviceledger.kernel.inspection.QualityEvaluationRules;
import com.serviceledger.kernel.inspection.QualityMonthEvaluated;
import com.serviceledger.kernel.inspection.QualityMonthOpened;
import com.serviceledger.kernel.inspection.RectificationFigures;
import com.serviceledger.kernel.inspection.RectificationOutcomeCounted;
import com.serviceledger.kernel.policy.InspectionPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One unit's calendar month of quality results, keyed {@code unit:yyyy-MM} (002 第3篇 (2), (3) 6). Counts
 * each inspection and rectification outcome once, escalates at most once when the daily or weekly
 * inspections with failures reach the threshold, and is closed by the monthly evaluation.
 * <p>
 * Facts that arrive after the close are still counted (and can still escalate), but the evaluation
 * already issued stands.
 */
@Aggregate(cache = "qualityMonthCache")
public class QualityMonth implements InUnit {

    @AggregateIdentifier
    private String qualityMonthId;
    private InspectedUnit unit;
    private YearMonth month;
    private ZoneId zone;
    private String policyVersion;
    private EscalationRule escalation;
    private QualityEvaluationRules evaluation;
    private final Set<String> countedInspections = new HashSet<>();
    private final KindTally daily = new KindTally();
    private final KindTally weekly = new KindTally();
    private final KindTally monthly = new KindTally();
    private final RectificationTally rectifications = new RectificationTally();
    private boolean escalated;
    private boolean closed;

    protected QualityMonth() {
        // for Axon's event sourcing, and for opening the month on its first inspection
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CountInspection command, PolicyProvider policies, Clock clock) {
        if (qualityMonthId == null) {
            InspectionPolicy policy = policies.inspectionPolicy(command.unit().subsidiaryId());
            apply(new QualityMonthOpened(command.qualityMonthId(), command.unit(), command.month(),
                    command.timeZone(), policy.version(), policy.escalation(), policy.evaluation()));
        }
        if (countedInspections.contains(command.inspectionId())) {
            return;
        }
        apply(new InspectionCounted(qualityMonthId, command.inspectionId(), command.kind(), command.itemCount(),
                command.failedCount(), command.inspectedAt()));
        escalateIfDue(command.kind(), clock.instant());
    }

    @CommandHandler
    public void handle(CountRectificationOutcome command) {
        if (rectifications.alreadyCounted(command.rectificationId(), command.outcome())) {
            return;
        }
        apply(new RectificationOutcomeCounted(qualityMonthId, command.rectificationId(), command.outcome(),
                command.penalty(), command.at()));
    }

    @CommandHandler
    public void handle(CloseQualityMonth command, Clock clock) {
        if (closed) {
            throw new OutOfOrder("The quality month " + qualityMonthId + " was already evaluated");
        }
        Instant now = clock.instant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (now.isBefore(monthEnd)) {
            throw new OutOfOrder("The month " + month + " is evaluated once it is over, from " + monthEnd);
        }
        apply(evaluate(now));
    }

    /** 4 daily or 2 weekly inspections with failures (policy): reported once, whatever follows. */
    private void escalateIfDue(InspectionKind kind, Instant now) {
        int threshold = escalation.threshold(kind);
        List<String> withFailures = tally(kind).withFailures();
        if (escalated || threshold == 0 || withFailures.size() < threshold) {
            return;
        }
        apply(new QualityEscalated(qualityMonthId, unit, month.toString(), kind, withFailures.size(), withFailures,
                EscalationRule.REPORTED_TO, escalation.contractPenalty(), now, policyVersion));
    }

    private QualityMonthEvaluated evaluate(Instant now) {
        KindFigures dailyFigures = daily.figures();
        KindFigures weeklyFigures = weekly.figures();
        KindFigures monthlyFigures = monthly.figures();
        int raised = dailyFigures.failedItems() + weeklyFigures.failedItems() + monthlyFigures.failedItems();
        RectificationFigures fixes = rectifications.figures(raised);
        BigDecimal penalties = fixes.overduePenalties()
                .add(escalated ? escalation.contractPenalty() : BigDecimal.ZERO);
        BigDecimal score = QualityScore.of(evaluation, dailyFigures, weeklyFigures, monthlyFigures, fixes, escalated);
        return new QualityMonthEvaluated(qualityMonthId, unit, month.toString(), dailyFigures, weeklyFigures,
                monthlyFigures, fixes,
                escalated, penalties, score, evaluation.passingScore(),
                score.compareTo(evaluation.passingScore()) >= 0, now, policyVersion);
    }

    private KindTally tally(InspectionKind kind) {
        return switch (kind) {
            case DAILY -> daily;
            case WEEKLY -> weekly;
            case MONTHLY -> monthly;
        };
    }

    @Override
    public OrgUnit orgUnit() {
        return unit == null ? null : OrgUnit.subsidiary(unit.subsidiaryId());
    }

    // --- state, from events only ---

    @EventSourcingHandler
    void on(QualityMonthOpened event) {
        qualityMonthId = event.qualityMonthId();
        unit = event.unit();
        month = YearMonth.parse(event.month());
        zone = ZoneId.of(event.timeZone());
        policyVersion = event.policyVersion();
        escalation = event.escalation();
        evaluation = event.evaluation();
    }

    @EventSourcingHandler
    void on(InspectionCounted event) {
        countedInspections.add(event.inspectionId());
        tally(event.kind()).add(event);
    }

    @EventSourcingHandler
    void on(RectificationOutcomeCounted event) {
        rectifications.add(event);
    }

    @EventSourcingHandler
    void on(QualityEscalated event) {
        escalated = true;
    }

    @EventSourcingHandler
    void on(QualityMonthEvaluated event) {
        closed = true;
    }
}
