package com.serviceledger.query.inspection;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.inspection.InspectionCounted;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.InspectorRole;
import com.serviceledger.kernel.inspection.KindFigures;
import com.serviceledger.kernel.inspection.QualityEscalated;
import com.serviceledger.kernel.inspection.QualityMonthEvaluated;
import com.serviceledger.kernel.inspection.QualityMonthOpened;
import com.serviceledger.kernel.inspection.RectificationFigures;
import com.serviceledger.kernel.inspection.RectificationOutcomeCounted;
import com.serviceledger.query.view.SequencedView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's month ({@code sq-quality-months}): running counts while the month is open, the escalation
 * if there was one, and the monthly evaluation once closed ({@code status} OPEN → EVALUATED).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class QualityMonthView extends SequencedView {

    enum Status { OPEN, EVALUATED }

    /** Running counts of one inspection kind. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static final class KindCounts {
        private int inspections;
        private int inspectionsWithFailures;
        private int items;
        private int failedItems;

        void add(InspectionCounted e) {
            inspections++;
            inspectionsWithFailures += e.hasFailures() ? 1 : 0;
            items += e.itemCount();
            failedItems += e.failedCount();
        }
    }

    /** Running counts of rectification outcomes. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static final class OutcomeCounts {
        private int rectifiedOnTime;
        private int rectifiedLate;
        private int overdue;
        private BigDecimal overduePenalties = BigDecimal.ZERO;

        void add(RectificationOutcomeCounted e) {
            switch (e.outcome()) {
                case RECTIFIED_ON_TIME -> rectifiedOnTime++;
                case RECTIFIED_LATE -> rectifiedLate++;
                case OVERDUE -> {
                    overdue++;
                    overduePenalties = overduePenalties.add(e.penalty() == null ? BigDecimal.ZERO : e.penalty());
                }
            }
        }
    }

    /** The escalation of 002 第3篇 (3) 6. */
    record Escalation(InspectionKind triggeredBy, int inspectionsWithFailures, List<String> inspectionIds,
                      List<InspectorRole> reportedTo, BigDecimal contractPenalty, Instant escalatedAt) {
    }

    /** The monthly evaluation (質量考評) as issued. */
    record Evaluation(KindFigures daily, KindFigures weekly, KindFigures monthly,
                      RectificationFigures rectifications, BigDecimal penaltiesTotal, BigDecimal score,
                      BigDecimal passingScore, boolean meetsStandard, Instant evaluatedAt) {
    }

    private String qualityMonthId;
    private String subsidiaryId;
    private String siteId;
    private String contractorId;
    private String unitKey;
    private String month;
    private String timeZone;
    private String policyVersion;
    private Status status;
    private KindCounts daily = new KindCounts();
    private KindCounts weekly = new KindCounts();
    private KindCounts monthly = new KindCounts();
    private OutcomeCounts rectifications = new OutcomeCounts();
    private boolean escalated;
    private Escalation escalation;
    private Evaluation evaluation;
    private BigDecimal score;
    private Boolean meetsStandard;

    /** For the JSON mappers. */
    QualityMonthView() {
    }

    public static QualityMonthView empty(String qualityMonthId) {
        QualityMonthView view = new QualityMonthView();
        view.qualityMonthId = qualityMonthId;
        return view;
    }

    @Override
    public String viewId() {
        return qualityMonthId;
    }

    /** Applies the event as its projection does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        switch (event) {
            case QualityMonthOpened e -> on(e);
            case InspectionCounted e -> on(e);
            case RectificationOutcomeCounted e -> on(e);
            case QualityEscalated e -> on(e);
            case QualityMonthEvaluated e -> on(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    void on(QualityMonthOpened e) {
        subsidiaryId = e.unit().subsidiaryId();
        siteId = e.unit().siteId();
        contractorId = e.unit().contractorId();
        unitKey = e.unit().key();
        month = e.month();
        timeZone = e.timeZone();
        policyVersion = e.policyVersion();
        status = Status.OPEN;
    }

    void on(InspectionCounted e) {
        switch (e.kind()) {
            case DAILY -> daily.add(e);
            case WEEKLY -> weekly.add(e);
            case MONTHLY -> monthly.add(e);
        }
    }

    void on(RectificationOutcomeCounted e) {
        rectifications.add(e);
    }

    void on(QualityEscalated e) {
        escalated = true;
        escalation = new Escalation(e.triggeredBy(), e.inspectionsWithFailures(), e.inspectionIds(), e.reportedTo(),
                e.contractPenalty(), e.escalatedAt());
    }

    void on(QualityMonthEvaluated e) {
        status = Status.EVALUATED;
        evaluation = new Evaluation(e.daily(), e.weekly(), e.monthly(), e.rectifications(), e.penaltiesTotal(),
                e.score(), e.passingScore(), e.meetsStandard(), e.evaluatedAt());
        score = e.score();
        meetsStandard = e.meetsStandard();
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }
}
