package com.serviceledger.query.inspection;

import com.serviceledger.kernel.common.AttachmentAdded;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.OwnersCommitteeInformed;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.inspection.RectificationRecorded;
import com.serviceledger.kernel.inspection.RectificationStatus;
import com.serviceledger.kernel.inspection.RectificationWarningRaised;
import com.serviceledger.kernel.inspection.Severity;
import com.serviceledger.query.view.LocalPeriod;
import com.serviceledger.query.view.SequencedView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The rectification view document ({@code sq-rectifications}): one per non-conformity, with its
 * deadline, whether it was fixed on time, late or went overdue, and the penalty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class RectificationView extends SequencedView {

    private String rectificationId;
    private String inspectionId;
    private InspectionKind inspectionKind;
    private String subsidiaryId;
    private String siteId;
    private String contractorId;
    private String unitKey;
    private String month;
    private String timeZone;
    private int itemNo;
    private String standardCode;
    private Severity severity;
    private String note;
    private String responsibleStaffId;
    private Instant raisedAt;
    private Instant dueAt;
    private Instant warningAt;
    private Instant warnedAt;
    private RectificationStatus status;
    private Instant rectifiedAt;
    private String rectifiedBy;
    private String rectificationNote;
    private Boolean onTime;
    /**
     * Local date (yyyy-MM-dd) the outcome was decided: rectified, or the deadline passed (overdue),
     * whichever came first; an overdue case fixed later stays in the period it went overdue, as late.
     */
    private String settledDate;
    /** Local month of {@code settledDate} ({@code yyyy-MM}), the keyword monthly on-time counts group on. */
    private String settledMonth;
    private Long lateBySeconds;
    private boolean overdue;
    private Instant overdueAt;
    private BigDecimal penalty;
    private Instant ownersCommitteeInformedAt;
    private String policyVersion;

    /** For the JSON mappers. */
    RectificationView() {
    }

    /** The document of a rectification no event has touched yet; public for offline replays. */
    public static RectificationView empty(String rectificationId) {
        RectificationView view = new RectificationView();
        view.rectificationId = rectificationId;
        return view;
    }

    /** Applies the event as {@link RectificationProjection} does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        switch (event) {
            case RectificationRaised e -> on(e);
            case RectificationWarningRaised e -> on(e);
            case RectificationOverdue e -> on(e);
            case OwnersCommitteeInformed e -> on(e);
            case RectificationRecorded e -> on(e);
            // shown by the timeline, applied for the sequence as well
            case AttachmentAdded e -> { }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public String viewId() {
        return rectificationId;
    }

    void on(RectificationRaised e) {
        inspectionId = e.inspectionId();
        inspectionKind = e.inspectionKind();
        subsidiaryId = e.unit().subsidiaryId();
        siteId = e.unit().siteId();
        contractorId = e.unit().contractorId();
        unitKey = e.unit().key();
        month = e.month();
        timeZone = e.timeZone();
        itemNo = e.itemNo();
        standardCode = e.standardCode();
        severity = e.severity();
        note = e.note();
        responsibleStaffId = e.responsibleStaffId();
        raisedAt = e.raisedAt();
        dueAt = e.dueAt();
        warningAt = e.warningAt();
        status = RectificationStatus.OPEN;
        policyVersion = e.policyVersion();
    }

    void on(RectificationWarningRaised e) {
        warnedAt = e.raisedAt();
    }

    void on(RectificationOverdue e) {
        status = RectificationStatus.OVERDUE;
        overdue = true;
        overdueAt = e.overdueAt();
        penalty = e.penalty();
        settle(e.dueAt());
    }

    void on(OwnersCommitteeInformed e) {
        ownersCommitteeInformedAt = e.informedAt();
    }

    void on(RectificationRecorded e) {
        status = e.onTime() ? RectificationStatus.RECTIFIED : RectificationStatus.RECTIFIED_LATE;
        rectifiedAt = e.rectifiedAt();
        rectifiedBy = e.rectifiedBy();
        rectificationNote = e.note();
        onTime = e.onTime();
        lateBySeconds = e.lateBy() == null ? null : e.lateBy().toSeconds();
        settle(e.rectifiedAt());
    }

    private void settle(Instant at) {
        if (settledDate == null && at != null) {
            ZoneId zone = timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
            LocalPeriod settled = LocalPeriod.of(at, zone);
            settledDate = settled.date();
            settledMonth = settled.month();
        }
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }
}
