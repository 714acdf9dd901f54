package com.serviceledger.query.incident;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanActivated;
import com.serviceledger.kernel.incident.IncidentDeadline;
import com.serviceledger.kernel.incident.IncidentDeadlineBreached;
import com.serviceledger.kernel.incident.IncidentDeadlineWarningRaised;
import com.serviceledger.kernel.incident.IncidentDeclared;
import com.serviceledger.kernel.incident.IncidentReported;
import com.serviceledger.kernel.incident.IncidentResolved;
import com.serviceledger.kernel.incident.IncidentReviewed;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.incident.IncidentStatus;
import com.serviceledger.kernel.incident.SupportRecorded;
import com.serviceledger.kernel.incident.SupportRequested;
import com.serviceledger.query.view.LocalPeriod;
import com.serviceledger.query.view.OpenCase;
import com.serviceledger.query.view.SequencedView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident view document ({@code sq-incidents}): one per incident, with the plan version activated, the report
 * and review times and whether they were met, the support requested and the review's findings and actions. The
 * local dates ({@code declaredDate}, {@code reportedDate}, {@code reviewedDate}, in the subsidiary's zone) put it in
 * the periods of the unit's evaluation report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class IncidentView extends SequencedView {

    /** One support request and what it brought. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static final class Support {
        private int requestNo;
        private String requestedFrom;
        private String need;
        private Instant requestedAt;
        private String provided;
        private Instant recordedAt;
    }

    private String incidentId;
    private String subsidiaryId;
    private String departmentId;
    private EmergencyKind kind;
    private IncidentSeverity severity;
    private String description;
    private String complaintId;
    private IncidentStatus status;
    private Instant declaredAt;
    private String timeZone;
    private String declaredDate;
    private String policyVersion;
    private String planId;
    private Integer planVersion;
    private Instant planActivatedAt;
    private Instant reportDueAt;
    private Instant reportedAt;
    private String reportedDate;
    private String reportedTo;
    private String reportSummary;
    private Boolean reportOnTime;
    private boolean reportBreached;
    private List<Support> support = new ArrayList<>();
    private Instant resolvedAt;
    private String resolution;
    private Instant reviewDueAt;
    private Instant reviewedAt;
    private String reviewedDate;
    private Boolean reviewOnTime;
    private boolean reviewBreached;
    private String findings;
    private List<String> improvementActions;
    /** The due time still open (report, then review), for the SLA board and its filters; null when none. */
    private Instant openDueAt;
    private Instant lastWarnedAt;

    /** For the JSON mappers. */
    IncidentView() {
    }

    /** The document of an incident no event has touched yet; public for offline replays. */
    public static IncidentView empty(String incidentId) {
        IncidentView view = new IncidentView();
        view.incidentId = incidentId;
        return view;
    }

    @Override
    public String viewId() {
        return incidentId;
    }

    String subsidiaryId() {
        return subsidiaryId;
    }

    String departmentId() {
        return departmentId;
    }

    /** As the SLA board lists it: the deadline still open (the report, then the review) and how it stands. */
    OpenCase openCase() {
        boolean report = reportedAt == null;
        // the report is due (and warned of) before the resolution, the review only after it
        boolean reviewWarned = lastWarnedAt != null && resolvedAt != null && lastWarnedAt.isAfter(resolvedAt);
        OpenCase.Standing standing = report ? OpenCase.standing(reportBreached, lastWarnedAt != null ? 1 : 0)
                : OpenCase.standing(reviewBreached, reviewWarned ? 1 : 0);
        return new OpenCase("incident", incidentId, subsidiaryId, departmentId, status == null ? null : status.name(),
                openDueAt == null ? null : report ? "incidentReport" : "incidentReview", openDueAt,
                openDueAt == null ? OpenCase.Standing.ON_TRACK : standing, timeZone, null);
    }

    @Override
    protected boolean take(Object event) {
        switch (event) {
            case IncidentDeclared e -> {
                subsidiaryId = e.unit().subsidiaryId();
                departmentId = e.unit().departmentId();
                kind = e.kind();
                severity = e.severity();
                description = e.description();
                complaintId = e.complaintId();
                status = IncidentStatus.DECLARED;
                declaredAt = e.declaredAt();
                timeZone = e.timeZone();
                declaredDate = localDate(declaredAt);
                policyVersion = e.policyVersion();
                reportDueAt = e.reportDueAt();
                openDueAt = e.reportDueAt();
            }
            case EmergencyPlanActivated e -> {
                planId = e.planId();
                planVersion = e.planVersion();
                planActivatedAt = e.activatedAt();
            }
            case IncidentReported e -> {
                reportedAt = e.reportedAt();
                reportedDate = localDate(reportedAt);
                reportedTo = e.reportedTo();
                reportSummary = e.summary();
                reportOnTime = e.onTime();
                openDueAt = reviewDueAt;
            }
            case SupportRequested e -> {
                Support s = new Support();
                s.requestNo = e.requestNo();
                s.requestedFrom = e.requestedFrom();
                s.need = e.need();
                s.requestedAt = e.requestedAt();
                support.add(s);
            }
            case SupportRecorded e -> support.stream().filter(s -> s.requestNo == e.requestNo()).findFirst()
                    .ifPresent(s -> {
                        s.provided = e.provided();
                        s.recordedAt = e.recordedAt();
                    });
            case IncidentResolved e -> {
                status = IncidentStatus.RESOLVED;
                resolvedAt = e.resolvedAt();
                resolution = e.resolution();
                reviewDueAt = e.reviewDueAt();
                openDueAt = reportedAt == null ? reportDueAt : reviewDueAt;
            }
            case IncidentReviewed e -> {
                status = IncidentStatus.REVIEWED;
                reviewedAt = e.reviewedAt();
                reviewedDate = localDate(reviewedAt);
                reviewOnTime = e.onTime();
                findings = e.findings();
                improvementActions = e.improvementActions();
                openDueAt = null;
            }
            case IncidentDeadlineWarningRaised e -> lastWarnedAt = e.raisedAt();
            case IncidentDeadlineBreached e -> {
                if (e.deadline() == IncidentDeadline.REPORT) {
                    reportBreached = true;
                } else {
                    reviewBreached = true;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private String localDate(Instant at) {
        return LocalPeriod.of(at, ZoneId.of(timeZone == null ? "UTC" : timeZone)).date();
    }
}
