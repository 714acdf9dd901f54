package com.serviceledger.query.scoring;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.JointLiabilityCharged;
import com.serviceledger.kernel.scoring.ScorecardClosed;
import com.serviceledger.kernel.scoring.ScorecardCorrected;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.ServiceStarRecorded;
import com.serviceledger.kernel.scoring.StaffWarned;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import com.serviceledger.query.view.SequencedView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A staff member's month ({@code sq-scorecards}): the deductions for their own verified complaints and
 * those they answer for jointly, each with its cause, the running totals, the worst service verdict and
 * fine once closed, and the service star with its bonus. Figures are those the command side decided, under
 * the rule set and policy version named here. A month at the threshold shows its criticism and education (the
 * warning) or the earlier warning its designation followed; a closed month changed by a late verification shows
 * each correction with the totals before and after.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class ScorecardView extends SequencedView {

    enum Status { OPEN, CLOSED }

    /**
     * One of the staff member's own verified complaints, with the listed behaviour the verifier picked under the
     * tiered rule set and the policy version it was scored under (the one in force when it was received).
     */
    record Deduction(String complaintId, String misconduct, String grade, int ordinal, int points, String cause,
                     String sanction, boolean dismissalRecommended, Instant scoredAt, String behaviour,
                     String policyVersion) {
    }

    /** A share of someone else's complaint, as supervisor or group leader. */
    record JointDeduction(String complaintId, String role, String responsibleStaffId, int ordinal, int points,
                          String cause, Instant chargedAt) {
    }

    /** Criticism and education (002 第4篇 4): the shortcomings pointed out and the improvement required. */
    record Warning(int complaintCount, List<String> shortcomings, String improvement, String standsThroughMonth,
                   boolean late, Instant warnedAt) {
    }

    /** A closed month changed after its close. */
    record Correction(String complaintId, String reason, int complaintCountBefore, int complaintCountAfter,
                      int totalPointsBefore, int totalPointsAfter, Instant correctedAt) {
    }

    private String scorecardId;
    private String staffId;
    private String subsidiaryId;
    private String departmentId;
    private String month;
    private String timeZone;
    private String ruleSet;
    private String policyVersion;
    private Status status;
    private int complaintCount;
    private int ownPoints;
    private int jointPoints;
    private int totalPoints;
    private List<Deduction> deductions = new ArrayList<>();
    private List<JointDeduction> jointDeductions = new ArrayList<>();
    private boolean worstService;
    private BigDecimal fine;
    private String notice;
    private boolean serviceStar;
    private Integer consecutiveStarMonths;
    private BigDecimal starBonus;
    private Instant closedAt;
    private boolean warned;
    private Warning warning;
    private String warnedMonth;
    private boolean lateDesignation;
    private boolean corrected;
    private List<Correction> corrections = new ArrayList<>();

    ScorecardView() {
        // for Jackson
    }

    public static ScorecardView empty(String id) {
        ScorecardView view = new ScorecardView();
        view.scorecardId = id;
        return view;
    }

    @Override
    public String viewId() {
        return scorecardId;
    }

    /** Applies the event as its projection does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        switch (event) {
            case ScorecardOpened e -> on(e);
            case ComplaintScored e -> on(e);
            case JointLiabilityCharged e -> on(e);
            case ServiceStarRecorded e -> on(e);
            case ScorecardClosed e -> on(e);
            case WorstServiceDesignated e -> on(e);
            case StaffWarned e -> on(e);
            case ScorecardCorrected e -> on(e);
            default -> {
                return false;
            }
        }
        return true;
    }

    void on(ScorecardOpened e) {
        staffId = e.staffId();
        subsidiaryId = e.subsidiaryId();
        departmentId = e.departmentId();
        month = e.month();
        timeZone = e.timeZone();
        ruleSet = e.terms().ruleSet().name();
        policyVersion = e.policyVersion();
        status = Status.OPEN;
    }

    void on(ComplaintScored e) {
        deductions.add(new Deduction(e.complaintId(), e.misconduct().name(),
                e.grade() == null ? null : e.grade().name(), e.ordinal(), e.points(), e.cause(),
                e.sanction() == null ? null : e.sanction().name(), e.dismissalRecommended(), e.scoredAt(),
                e.behaviour(), e.policyVersion()));
        complaintCount = deductions.size();
        ownPoints += e.points();
        totalPoints = ownPoints + jointPoints;
    }

    void on(JointLiabilityCharged e) {
        jointDeductions.add(new JointDeduction(e.complaintId(), e.role().name(), e.responsibleStaffId(),
                e.ordinal(), e.points(), e.cause(), e.chargedAt()));
        jointPoints += e.points();
        totalPoints = ownPoints + jointPoints;
    }

    void on(ServiceStarRecorded e) {
        serviceStar = true;
        consecutiveStarMonths = e.consecutiveMonths();
        starBonus = e.bonus();
    }

    void on(ScorecardClosed e) {
        status = Status.CLOSED;
        complaintCount = e.complaintCount();
        ownPoints = e.ownPoints();
        jointPoints = e.jointPoints();
        totalPoints = e.totalPoints();
        fine = e.fine();
        closedAt = e.closedAt();
    }

    void on(WorstServiceDesignated e) {
        worstService = true;
        fine = e.fine();
        notice = e.notice();
        warnedMonth = e.warnedMonth();
        lateDesignation = Boolean.TRUE.equals(e.late());
    }

    void on(StaffWarned e) {
        warned = true;
        warning = new Warning(e.complaintCount(), e.shortcomings(), e.improvement(), e.standsThroughMonth(),
                e.late(), e.warnedAt());
    }

    /** The totals are the command side's after the correction; the deduction itself came with its own event. */
    void on(ScorecardCorrected e) {
        corrected = true;
        corrections.add(new Correction(e.complaintId(), e.reason(), e.complaintCountBefore(), e.complaintCountAfter(),
                e.totalPointsBefore(), e.totalPointsAfter(), e.correctedAt()));
        complaintCount = e.complaintCountAfter();
        ownPoints = e.ownPointsAfter();
        jointPoints = e.jointPointsAfter();
        totalPoints = e.totalPointsAfter();
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }

    String departmentId() {
        return departmentId;
    }
}
