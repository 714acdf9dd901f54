package com.serviceledger.query.improvement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.improvement.CauseKind;
import com.serviceledger.kernel.improvement.ImprovementActionCompleted;
import com.serviceledger.kernel.improvement.ImprovementActionOverdue;
import com.serviceledger.kernel.improvement.ImprovementActionRaised;
import com.serviceledger.kernel.improvement.ImprovementActionWarningRaised;
import com.serviceledger.kernel.improvement.ImprovementEffectChecked;
import com.serviceledger.kernel.improvement.ImprovementProgressReported;
import com.serviceledger.kernel.improvement.ImprovementStatus;
import com.serviceledger.query.view.LocalPeriod;
import com.serviceledger.query.view.SequencedView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One improvement action ({@code sq-improvement-actions}): its unit, cause, owner, due date, progress, completion
 * and effect checks. The local dates ({@code raisedDate}, {@code doneDate}, {@code overdueDate},
 * {@code effectiveDate}) put it in the periods of the unit's evaluation report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class ImprovementActionView extends SequencedView {

    /** One progress report or effect check, in the order they came. */
    public record Entry(String kind, String note, Instant at, Boolean effective) {
    }

    private String actionId;
    private String subsidiaryId;
    private String departmentId;
    private CauseKind causeKind;
    private String causeReference;
    private String measure;
    private String ownerId;
    private Instant raisedAt;
    private String raisedDate;
    private Instant dueAt;
    private String timeZone;
    private String policyVersion;
    private ImprovementStatus status;
    /** Open past its due date now (false again once done or reopened with a new due date). */
    private boolean overdue;
    /** Local date it first went overdue: the period that counts it as overdue. */
    private String overdueDate;
    private Instant warnedAt;
    private Instant doneAt;
    /** Local date of its latest completion, and whether that was by the due date then in force. */
    private String doneDate;
    private Boolean doneOnTime;
    private Instant effectiveAt;
    private String effectiveDate;
    private int reopened;
    private List<Entry> history = new ArrayList<>();

    ImprovementActionView() {
    }

    /** The document of an action no event has touched yet; public for offline replays. */
    public static ImprovementActionView empty(String actionId) {
        ImprovementActionView view = new ImprovementActionView();
        view.actionId = actionId;
        return view;
    }

    @Override
    protected boolean take(Object event) {
        switch (event) {
            case ImprovementActionRaised e -> on(e);
            case ImprovementProgressReported e -> on(e);
            case ImprovementActionCompleted e -> on(e);
            case ImprovementEffectChecked e -> on(e);
            case ImprovementActionWarningRaised e -> on(e);
            case ImprovementActionOverdue e -> on(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public String viewId() {
        return actionId;
    }

    void on(ImprovementActionRaised e) {
        subsidiaryId = e.unit().subsidiaryId();
        departmentId = e.unit().departmentId();
        causeKind = e.cause().kind();
        causeReference = e.cause().reference();
        measure = e.measure();
        ownerId = e.ownerId();
        raisedAt = e.raisedAt();
        dueAt = e.dueAt();
        timeZone = e.timeZone();
        policyVersion = e.policyVersion();
        status = ImprovementStatus.OPEN;
        raisedDate = localDate(e.raisedAt());
    }

    void on(ImprovementProgressReported e) {
        history.add(new Entry("PROGRESS", e.note(), e.reportedAt(), null));
    }

    void on(ImprovementActionCompleted e) {
        status = ImprovementStatus.DONE;
        overdue = false;
        doneAt = e.completedAt();
        doneDate = localDate(e.completedAt());
        doneOnTime = e.onTime();
        history.add(new Entry("DONE", e.note(), e.completedAt(), null));
    }

    void on(ImprovementEffectChecked e) {
        history.add(new Entry("EFFECT_CHECK", e.note(), e.checkedAt(), e.effective()));
        if (e.effective()) {
            status = ImprovementStatus.EFFECTIVE;
            effectiveAt = e.checkedAt();
            effectiveDate = localDate(e.checkedAt());
        } else {
            status = ImprovementStatus.OPEN;
            dueAt = e.reopenedDueAt();
            reopened++;
        }
    }

    void on(ImprovementActionWarningRaised e) {
        warnedAt = e.raisedAt();
    }

    void on(ImprovementActionOverdue e) {
        overdue = true;
        if (overdueDate == null) {
            overdueDate = localDate(e.dueAt());
        }
    }

    private String localDate(Instant at) {
        return LocalPeriod.of(at, timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone)).date();
    }

    String subsidiaryId() {
        return subsidiaryId;
    }

    String departmentId() {
        return departmentId;
    }
}
