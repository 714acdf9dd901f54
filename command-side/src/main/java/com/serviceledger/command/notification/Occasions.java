package com.serviceledger.command.notification;

import static com.serviceledger.kernel.notification.NotificationKind.*;

import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintResolved;
import com.serviceledger.kernel.complaint.ComplaintEscalated;
import com.serviceledger.kernel.complaint.ComplaintEscalationWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintOutcomeRecorded;
import com.serviceledger.kernel.complaint.ComplaintResultReported;
import com.serviceledger.kernel.complaint.ComplaintSlaBreached;
import com.serviceledger.kernel.complaint.ComplaintSlaWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.EscalationLevel;
import com.serviceledger.kernel.improvement.ImprovementActionOverdue;
import com.serviceledger.kernel.improvement.ImprovementActionWarningRaised;
import com.serviceledger.kernel.inspection.OwnersCommitteeInformed;
import com.serviceledger.kernel.inspection.QualityEscalated;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.inspection.RectificationWarningRaised;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.scoring.DismissalRecommended;
import com.serviceledger.kernel.scoring.ScorecardCorrected;
import com.serviceledger.kernel.scoring.StaffWarned;
import com.serviceledger.kernel.scoring.ServiceStarAwarded;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import com.serviceledger.kernel.servicerequest.DelayAnnounced;
import com.serviceledger.kernel.servicerequest.ServiceDelivered;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssigned;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaBreached;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaWarningRaised;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.incident.DrillOverdue;
import com.serviceledger.kernel.incident.DrillWarningRaised;
import com.serviceledger.kernel.incident.IncidentDeadlineBreached;
import com.serviceledger.kernel.incident.IncidentDeadlineWarningRaised;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which events are worth telling someone about, and what about them: each becomes an {@link Occasion}, with the
 * case's unit and handler folded from the case's own earlier events where the event does not carry them, and the
 * staff member's unit from the directory as of the event.
 */
class Occasions {

    static final String COMPLAINT = "complaint";
    static final String SERVICE_REQUEST = "service-request";
    static final String RECTIFICATION = "rectification";
    static final String IMPROVEMENT_ACTION = "improvement-action";
    static final String INCIDENT = "incident";
    static final String EMERGENCY_PLAN = "emergency-plan";

    /** The case's facts as of its event with this sequence number. */
    interface CaseHistory {
        CaseFacts asOf(String caseId, long sequenceNumber);
    }

    private final CaseHistory cases;
    private final Directory directory;

    Occasions(CaseHistory cases, Directory directory) {
        this.cases = cases;
        this.directory = directory;
    }

    /** The occasion of an event of a case ({@code caseId}, at {@code sequenceNumber}) or of none (null id). */
    Optional<Occasion> of(Object event, String caseId, long sequenceNumber) {
        return Optional.ofNullable(switch (event) {
            case ComplaintSlaWarningRaised e -> ofCase(COMPLAINT_SLA_WARNING, e.target().name(), e.notifying(),
                    COMPLAINT, caseId, sequenceNumber, null, e.raisedAt(),
                    facts("target", e.target(), "percentElapsed", e.percentElapsed(), "dueAt", e.dueAt(),
                            "level", e.notifying()));
            case ComplaintEscalated e -> ofCase(COMPLAINT_ESCALATED, null, e.escalatedTo(), COMPLAINT, caseId,
                    sequenceNumber, null, e.escalatedAt(),
                    facts("cause", e.cause(), "rejections", e.rejections(), "level", e.escalatedTo()));
            case ComplaintSlaBreached e -> ofCase(COMPLAINT_SLA_BREACH, e.target().name(), e.escalatedTo(), COMPLAINT,
                    caseId, sequenceNumber, null, e.breachedAt(),
                    facts("target", e.target(), "dueAt", e.dueAt(), "level", e.escalatedTo()));
            case ServiceRequestSlaWarningRaised e -> ofCase(SERVICE_REQUEST_SLA_WARNING, e.target().name(), null,
                    SERVICE_REQUEST, caseId, sequenceNumber, null, e.raisedAt(),
                    facts("target", e.target(), "percentElapsed", e.percentElapsed(), "dueAt", e.dueAt()));
            case ServiceRequestSlaBreached e -> ofCase(SERVICE_REQUEST_SLA_BREACH, e.target().name(), null,
                    SERVICE_REQUEST, caseId, sequenceNumber, null, e.breachedAt(),
                    facts("target", e.target(), "dueAt", e.dueAt()));
            case RectificationWarningRaised e -> ofCase(RECTIFICATION_REMINDER, null, null, RECTIFICATION, caseId,
                    sequenceNumber, null, e.raisedAt(), facts("severity", e.severity(), "dueAt", e.dueAt()));
            case RectificationOverdue e -> ofCase(RECTIFICATION_OVERDUE, null, null, RECTIFICATION, caseId,
                    sequenceNumber, null, e.overdueAt(), facts("severity", e.severity(), "dueAt", e.dueAt(),
                            "penalty", e.penalty(), "month", e.month()));
            case OwnersCommitteeInformed e -> ofCase(OWNERS_COMMITTEE_REPORT, null, null, RECTIFICATION, caseId,
                    sequenceNumber, null, e.informedAt(), facts("standardCode", e.standardCode(), "dueAt", e.dueAt(),
                            "penalty", e.penalty(), "siteId", e.unit().siteId()));
            case QualityEscalated e -> new Occasion(QUALITY_ESCALATION, null, null, "quality-month",
                    e.qualityMonthId(), e.unit().subsidiaryId(), null, null, null, e.unit().siteId(),
                    e.unit().contractorId(), null, false, e.escalatedAt(),
                    facts("month", e.month(), "siteId", e.unit().siteId(), "contractorId", e.unit().contractorId(),
                            "triggeredBy", e.triggeredBy(), "inspectionsWithFailures", e.inspectionsWithFailures(),
                            "contractPenalty", e.contractPenalty()));
            case WorstServiceDesignated e -> ofStaff(WORST_SERVICE_NOTICE, "scorecard", e.scorecardId(), e.staffId(),
                    e.subsidiaryId(), e.designatedAt(), facts("staffId", e.staffId(), "month", e.month(),
                            "complaintCount", e.complaintCount(), "fine", e.fine()));
            case DismissalRecommended e -> ofStaff(DISMISSAL_RECOMMENDATION, "staff-record", e.staffRecordId(),
                    e.staffId(), null, e.recommendedAt(), facts("staffId", e.staffId(), "month", e.month(),
                            "worstDesignations", e.worstDesignations()));
            case ServiceStarAwarded e -> new Occasion(SERVICE_STAR_AWARD, null, null, "star-board", e.starBoardId(),
                    e.subsidiaryId(), e.departmentId(), null, e.staffId(), null, null, null, false, e.awardedAt(),
                    facts("staffId", e.staffId(), "month", e.month(), "consecutiveMonths", e.consecutiveMonths(),
                            "bonus", e.bonus()));
            case ComplaintForwarded e -> ofCase(CASE_ASSIGNED, null, null, COMPLAINT, caseId, sequenceNumber,
                    e.departmentHeadId(), e.forwardedAt(), facts("caseType", COMPLAINT, "as", "DEPARTMENT_HEAD"));
            case ComplaintHandlerNamed e -> ofCase(CASE_ASSIGNED, null, null, COMPLAINT, caseId, sequenceNumber,
                    e.handlerId(), e.namedAt(), facts("caseType", COMPLAINT, "as", "HANDLER"));
            case ServiceRequestAssigned e -> ofCase(CASE_ASSIGNED, null, null, SERVICE_REQUEST, caseId,
                    sequenceNumber, e.assigneeId(), e.assignedAt(), facts("caseType", SERVICE_REQUEST, "as", "HANDLER"));
            case RectificationRaised e -> e.responsibleStaffId() == null ? null
                    : ofCase(CASE_ASSIGNED, null, null, RECTIFICATION, caseId, sequenceNumber,
                    e.responsibleStaffId(), e.raisedAt(), facts("caseType", RECTIFICATION, "as", "HANDLER",
                            "severity", e.severity(), "dueAt", e.dueAt(), "standardCode", e.standardCode()));
            case DelayAnnounced e -> ofCase(DELAY_ANNOUNCED, null, null, SERVICE_REQUEST, caseId, sequenceNumber,
                    null, e.announcedAt(), facts("caseType", SERVICE_REQUEST, "agreedDueAt", e.agreedDueAt(),
                            "previousDueAt", e.previousDueAt(), "inTime", e.inTime()));
            case ComplaintResolved e -> ofCase(CASE_RESOLVED, null, null, COMPLAINT, caseId, sequenceNumber, null,
                    e.resolvedAt(), facts("caseType", COMPLAINT, "resolvedAt", e.resolvedAt()));
            case ServiceDelivered e -> ofCase(CASE_RESOLVED, null, null, SERVICE_REQUEST, caseId, sequenceNumber,
                    null, e.deliveredAt(), facts("caseType", SERVICE_REQUEST, "resolvedAt", e.deliveredAt()));
            case ImprovementActionWarningRaised e -> ofCase(IMPROVEMENT_ACTION_WARNING, null, null, IMPROVEMENT_ACTION,
                    caseId, sequenceNumber, null, e.raisedAt(), facts("percentElapsed", e.percentElapsed(),
                            "dueAt", e.dueAt(), "ownerId", e.ownerId()));
            case ImprovementActionOverdue e -> ofCase(IMPROVEMENT_ACTION_OVERDUE, null, null, IMPROVEMENT_ACTION,
                    caseId, sequenceNumber, null, e.breachedAt(), facts("dueAt", e.dueAt(), "ownerId", e.ownerId()));
            case IncidentDeadlineWarningRaised e -> ofIncident(INCIDENT_DEADLINE_WARNING, e.deadline().name(),
                    e.incidentId(), e.unit(), e.raisedAt(), facts("target", e.deadline(), "percentElapsed",
                            e.percentElapsed(), "dueAt", e.dueAt()));
            case IncidentDeadlineBreached e -> ofIncident(INCIDENT_DEADLINE_BREACH, e.deadline().name(),
                    e.incidentId(), e.unit(), e.breachedAt(), facts("target", e.deadline(), "dueAt", e.dueAt()));
            case DrillWarningRaised e -> ofIncident(DRILL_REMINDER, null, e.planId(), OrgUnit.subsidiary(e.subsidiaryId()),
                    e.raisedAt(), facts("drillId", e.drillId(), "percentElapsed", e.percentElapsed(), "dueAt", e.dueAt()));
            case DrillOverdue e -> ofIncident(DRILL_OVERDUE, null, e.planId(), OrgUnit.subsidiary(e.subsidiaryId()),
                    e.overdueAt(), facts("drillId", e.drillId(), "dueAt", e.dueAt()));
            case StaffWarned e -> supervisedBy(ofStaff(STAFF_WARNING, "scorecard", e.scorecardId(), e.staffId(),
                    e.subsidiaryId(), e.warnedAt(), facts("staffId", e.staffId(), "month", e.month(),
                            "complaintCount", e.complaintCount(), "standsThroughMonth", e.standsThroughMonth(),
                            "late", e.late())), e.staffId(), e.warnedAt());
            case ScorecardCorrected e -> ofStaff(SCORECARD_CORRECTED, "scorecard", e.scorecardId(), e.staffId(), null,
                    e.correctedAt(), facts("staffId", e.staffId(), "month", e.month(), "complaintId", e.complaintId(),
                            "complaintCountBefore", e.complaintCountBefore(),
                            "complaintCountAfter", e.complaintCountAfter(),
                            "totalPointsBefore", e.totalPointsBefore(), "totalPointsAfter", e.totalPointsAfter()));
            case ComplaintReceived e when e.complainingDepartment() != null -> ofCase(DEPARTMENT_COMPLAINT_RECEIVED,
                    null, null, COMPLAINT, caseId, sequenceNumber, null, e.receivedAt(), facts("caseType", COMPLAINT,
                            "complainingDepartmentId", e.complainingDepartment().departmentId(),
                            "accusedDepartmentId", e.complainedAbout().departmentId(), "urgency", e.urgency()));
            case ComplaintVerified e -> toComplainingDepartment(caseId, sequenceNumber, e.verifiedAt(),
                    facts("caseType", COMPLAINT, "outcome", "VERIFIED", "misconduct", e.misconduct()));
            case ComplaintDismissed e -> toComplainingDepartment(caseId, sequenceNumber, e.dismissedAt(),
                    facts("caseType", COMPLAINT, "outcome", "DISMISSED"));
            case ComplaintResultReported e -> ofCase(COMPLAINT_RESULT_REPORTED, null, null, COMPLAINT, caseId,
                    sequenceNumber, null, e.reportedAt(), facts("reportedAt", e.reportedAt(), "withinTarget",
                            e.withinTarget()));
            case ComplaintOutcomeRecorded e -> ofCase(COMPLAINT_OUTCOME_RECORDED, null, null, COMPLAINT, caseId,
                    sequenceNumber, null, e.recordedAt(), facts("evaluation", e.evaluation(), "recordedAt",
                            e.recordedAt()));
            case ComplaintEscalationWarningRaised e -> ofCase(COMPLAINT_ESCALATION_WARNING, null, null, COMPLAINT,
                    caseId, sequenceNumber, null, e.raisedAt(), facts("percentElapsed", e.percentElapsed(),
                            "escalatesAt", e.escalatesAt(), "rejections", e.rejections()));
            default -> null;
        });
    }

    /** An incident's or an emergency plan's event: it carries its unit. */
    private static Occasion ofIncident(NotificationKind kind, String target, String caseId, OrgUnit unit, Instant at,
                                       Map<String, Object> facts) {
        String caseType = kind == DRILL_REMINDER || kind == DRILL_OVERDUE ? EMERGENCY_PLAN : INCIDENT;
        return new Occasion(kind, target, null, caseType, caseId, unit.subsidiaryId(), unit.departmentId(), null,
                null, null, null, null, false, at, facts);
    }

    private Occasion ofCase(NotificationKind kind, String target, EscalationLevel level, String caseType,
                            String caseId, long sequenceNumber, String assignee, Instant at,
                            Map<String, Object> facts) {
        CaseFacts found = cases.asOf(caseId, sequenceNumber);
        if (found.timeZone() != null) {
            facts.put("timeZone", found.timeZone());
        }
        return new Occasion(kind, target, level, caseType, caseId, found.subsidiaryId(), found.departmentId(),
                assignee != null ? assignee : found.handlerId(), null, found.siteId(), found.contractorId(),
                found.departmentHeadId(), found.customerEmail(), at, facts);
    }

    /**
     * The outcome of a department's complaint, for the complaining department (its head, through the occasion's
     * department); null for a customer's complaint, whose customer hears of it by the callback.
     */
    private Occasion toComplainingDepartment(String caseId, long sequenceNumber, Instant at,
                                             Map<String, Object> facts) {
        CaseFacts found = cases.asOf(caseId, sequenceNumber);
        if (found.complainingDepartmentId() == null) {
            return null;
        }
        facts.put("complainingDepartmentId", found.complainingDepartmentId());
        if (found.timeZone() != null) {
            facts.put("timeZone", found.timeZone());
        }
        return new Occasion(DEPARTMENT_COMPLAINT_OUTCOME, null, null, COMPLAINT, caseId, found.subsidiaryId(),
                found.complainingDepartmentId(), null, null, null, null, null, false, at, facts);
    }

    /** An event about a staff member: their unit as the directory had it then. */
    private Occasion ofStaff(NotificationKind kind, String caseType, String caseId, String staffId,
                             String subsidiaryId, Instant at, Map<String, Object> facts) {
        Optional<StaffChain> chain = directory.chainOf(staffId, at);
        String subsidiary = subsidiaryId != null ? subsidiaryId : chain.map(StaffChain::subsidiaryId)
                .orElseGet(() -> directory.employmentOf(staffId).map(e -> e.subsidiaryId()).orElse(null));
        return new Occasion(kind, null, null, caseType, caseId, subsidiary,
                chain.map(StaffChain::departmentId).orElse(null), null, staffId, null, null, null, false, at, facts);
    }

    /** Criticism and education are the direct supervisor's to give: they are its handler. */
    private Occasion supervisedBy(Occasion occasion, String staffId, Instant at) {
        String supervisorId = directory.chainOf(staffId, at).map(StaffChain::supervisorId).orElse(null);
        return new Occasion(occasion.kind(), occasion.target(), occasion.level(), occasion.caseType(),
                occasion.caseId(), occasion.subsidiaryId(), occasion.departmentId(), supervisorId,
                occasion.staffMemberId(), occasion.siteId(), occasion.contractorId(), occasion.departmentHeadId(),
                occasion.customerEmail(), occasion.occurredAt(), occasion.facts());
    }

    /** Facts in the order given, dropping absent ones; values as JSON shows them. */
    static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                facts.put((String) keysAndValues[i], value instanceof Enum<?> || value instanceof Instant
                        ? value.toString() : value);
            }
        }
        return facts;
    }
}
