package com.serviceledger.query.complaint;

import com.serviceledger.query.privacy.FreeTextView;
import com.serviceledger.query.view.LocalPeriod;
import com.serviceledger.query.view.SequencedView;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplaintArchived;
import com.serviceledger.kernel.complaint.ComplaintClosedUnresolved;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintEscalated;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplainantKind;
import com.serviceledger.kernel.complaint.ComplaintResolved;
import com.serviceledger.kernel.complaint.ComplaintSlaBreached;
import com.serviceledger.kernel.complaint.ComplaintSlaWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintStatus;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.EscalationCause;
import com.serviceledger.kernel.complaint.EscalationLevel;
import com.serviceledger.kernel.complaint.HandlerArrivedOnSite;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.complaint.SolutionRejected;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.complaint.ComplaintOutcomeRecorded;
import com.serviceledger.kernel.complaint.ComplaintResultReported;
import com.serviceledger.kernel.complaint.InvestigationResultReturned;
import com.serviceledger.kernel.complaint.SolutionReturned;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The complaint view document ({@code sq-complaints}): one per case, evolved event by event. Holds no
 * personal data, not even masked: only the customer id. Serialized field by field, by Elasticsearch's
 * mapper and by the web layer alike.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class ComplaintView extends SequencedView implements FreeTextView {

    private String complaintId;
    private String subsidiaryId;
    private String departmentId;
    private String postId;
    private String staffId;
    private Channel channel;
    private Urgency urgency;
    private ComplaintStatus status;
    /** The customer across cases; the masks are filled from the vault at read time, never stored here. */
    private String customerId;
    private boolean customerErased;
    private String content;
    private String demand;
    private Instant receivedAt;
    private String timeZone;
    private String receivedMonth;
    /** Local date received (yyyy-MM-dd), for calendar periods in the subsidiary's zone. */
    private String receivedDate;
    private String policyVersion;
    private boolean dismissed;
    private Instant dismissedAt;
    private String dismissalExplanation;
    private Instant forwardedAt;
    private String departmentHeadId;
    private String handlerId;
    private Sla sla = new Sla();
    private Instant resolvedAt;
    private String resolution;
    private int reopenCount;
    /** The latest callback's score, for the case; the metrics count every round's ({@link #callbacks}). */
    private Integer satisfaction;
    private Boolean solutionAccepted;
    private Instant calledBackAt;
    /** Local date of the latest callback. */
    private String calledBackDate;
    /** Local month of the latest callback ({@code yyyy-MM}). */
    private String calledBackMonth;
    /**
     * One element per resolution: its own callback deadline, callback and score. The callback metrics (on time,
     * satisfaction) count these, not {@code sla.callback} and {@code satisfaction}, which show the latest round.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private List<CallbackRound> callbacks = new ArrayList<>();
    private String responsibleStaffId;
    private MisconductCategory misconduct;
    private Instant verifiedAt;
    private Instant archivedAt;
    private Instant escalatedAt;
    private EscalationCause escalationCause;
    private EscalationLevel escalatedTo;
    /** Escalated and closed though the customer never accepted a solution; counted apart by the reports. */
    private boolean closedUnresolved;
    private Instant closedUnresolvedAt;
    /** Local date and month of the close unresolved, the period the reports count it in. */
    private String closedUnresolvedDate;
    private String closedUnresolvedMonth;
    private String closedUnresolvedBy;
    private String unresolvedReason;
    /** The department's investigation result and solution (001 §3.3), free texts as the events keep them. */
    private Instant investigationReturnedAt;
    private String investigationFindings;
    private Instant solutionReturnedAt;
    private String departmentSolution;
    /** The head's report of the result, and the operations staff's final record and 1–5 evaluation (第4篇 六). */
    private Instant resultReportedAt;
    private String reportedResult;
    private Instant outcomeRecordedAt;
    private String finalResult;
    private Integer handlingEvaluation;
    /**
     * Who complains (002 第5篇 二.2): a customer, or a department about another of its subsidiary, named with the
     * staff member who raised it; such a callback is answered by the complaining department's head. Customer-facing
     * figures (complaint rate, satisfaction) leave department complaints out; a document without a kind is a
     * customer's.
     */
    private ComplainantKind complainantKind;
    private String complainingDepartmentId;
    private String raisedBy;
    private String callbackAnsweredBy;

    /** For the JSON mappers. */
    ComplaintView() {
    }

    /** The document of a complaint no event has touched yet; public for offline replays. */
    public static ComplaintView empty(String complaintId) {
        ComplaintView view = new ComplaintView();
        view.complaintId = complaintId;
        return view;
    }

    @Override
    public void maskFreeText(UnaryOperator<String> masks) {
        content = masks.apply(content);
        demand = masks.apply(demand);
        dismissalExplanation = masks.apply(dismissalExplanation);
        resolution = masks.apply(resolution);
        unresolvedReason = masks.apply(unresolvedReason);
        investigationFindings = masks.apply(investigationFindings);
        departmentSolution = masks.apply(departmentSolution);
        reportedResult = masks.apply(reportedResult);
        finalResult = masks.apply(finalResult);
    }

    /** Applies the event as {@link ComplaintProjection} does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        switch (event) {
            case ComplaintReceived e -> on(e);
            case ComplaintDismissed e -> on(e);
            case ComplaintForwarded e -> on(e);
            case CustomerContacted e -> on(e);
            case HandlerArrivedOnSite e -> on(e);
            case ComplaintHandlerNamed e -> on(e);
            case ComplaintResolved e -> on(e);
            case SolutionRejected e -> on(e);
            case CallbackRecorded e -> on(e);
            case ComplaintVerified e -> on(e);
            case ComplaintArchived e -> on(e);
            case ComplaintEscalated e -> on(e);
            case ComplaintClosedUnresolved e -> on(e);
            case ComplaintSlaWarningRaised e -> on(e);
            case ComplaintSlaBreached e -> on(e);
            case CustomerErased e -> on(e);
            case InvestigationResultReturned e -> on(e);
            case SolutionReturned e -> on(e);
            case ComplaintResultReported e -> on(e);
            case ComplaintOutcomeRecorded e -> on(e);
            // shows nothing; applied so the view's sequence stays the case's last event, as the projection does
            case CustomerContactDisclosed e -> { }
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
        return complaintId;
    }

    void on(ComplaintReceived e) {
        subsidiaryId = e.complainedAbout().subsidiaryId();
        departmentId = e.complainedAbout().departmentId();
        postId = e.complainedAbout().postId();
        staffId = e.complainedAbout().staffId();
        channel = e.channel();
        urgency = e.urgency();
        status = ComplaintStatus.RECEIVED;
        customerId = e.customer() == null ? null : e.customer().customerId();
        content = e.content();
        demand = e.demand();
        receivedAt = e.receivedAt();
        timeZone = e.timeZone();
        LocalPeriod received = LocalPeriod.of(e.receivedAt(), ZoneId.of(e.timeZone()));
        receivedMonth = received.month();
        receivedDate = received.date();
        policyVersion = e.policyVersion();
        complainantKind = ComplainantKind.of(e);
        if (e.complainingDepartment() != null) {
            complainingDepartmentId = e.complainingDepartment().departmentId();
            raisedBy = e.complainingDepartment().raisedBy();
        }
        if (e.deadlines() != null) {
            sla.contact.due(e.deadlines().contactDueAt());
            sla.contactHardLimit.due(e.deadlines().contactHardLimitAt());
            sla.onSite.due(e.deadlines().onSiteDueAt());
            sla.resolution.due(e.deadlines().resolutionDueAt());
            sla.reply.due(e.deadlines().replyDueAt());
        }
    }

    void on(ComplaintDismissed e) {
        status = ComplaintStatus.DISMISSED;
        dismissed = true;
        dismissedAt = e.dismissedAt();
        dismissalExplanation = e.explanation();
        if (e.withinReplyTarget() != null) {
            sla.reply.met(e.dismissedAt(), e.withinReplyTarget(), zone());
        }
    }

    void on(ComplaintForwarded e) {
        status = ComplaintStatus.FORWARDED;
        departmentId = e.departmentId();
        departmentHeadId = e.departmentHeadId();
        forwardedAt = e.forwardedAt();
        sla.investigation.due(e.investigationDueAt());
    }

    void on(CustomerContacted e) {
        // as the aggregate decides: a handler already named means the case is being handled
        status = handlerId == null ? ComplaintStatus.CONTACTED : ComplaintStatus.IN_HANDLING;
        sla.contact.met(e.contactedAt(), e.withinTarget(), zone());
        sla.contactHardLimit.met(e.contactedAt(), e.withinHardLimit(), zone());
        if (e.withinReplyTarget() != null) {
            sla.reply.met(e.contactedAt(), e.withinReplyTarget(), zone());
        }
    }

    void on(HandlerArrivedOnSite e) {
        sla.onSite.met(e.arrivedAt(), e.withinTarget(), zone());
    }

    void on(ComplaintHandlerNamed e) {
        handlerId = e.handlerId();
        if (status == ComplaintStatus.CONTACTED || status == ComplaintStatus.REOPENED) {
            status = ComplaintStatus.IN_HANDLING;
        }
    }

    void on(ComplaintResolved e) {
        status = ComplaintStatus.RESOLVED;
        handlerId = e.handlerId() != null ? e.handlerId() : handlerId;
        resolution = e.resolution();
        resolvedAt = e.resolvedAt();
        sla.resolution.met(e.resolvedAt(), e.withinTarget(), zone());
        // each resolution round owes its own same-day callback
        sla.callback.reopen(e.callbackDueAt());
        CallbackRound latest = callbacks.isEmpty() ? null : callbacks.getLast();
        if (latest == null || latest.calledBack() || !latest.open() || !latest.isDueAt(e.callbackDueAt())) {
            callbacks.add(CallbackRound.opened(e.resolvedAt(), e.callbackDueAt()));
        }
        // else: the solution was rejected before its callback and resolved again the same local day; the aggregate
        // keeps one checkpoint per due time, so one callback by then answers both resolutions: one item, not two
    }

    void on(SolutionRejected e) {
        reopen();
    }

    void on(CallbackRecorded e) {
        satisfaction = e.satisfaction();
        solutionAccepted = e.solutionAccepted();
        calledBackAt = e.calledBackAt();
        LocalPeriod calledBack = LocalPeriod.of(e.calledBackAt(), zone());
        calledBackDate = calledBack.date();
        calledBackMonth = calledBack.month();
        sla.callback.met(e.calledBackAt(), e.withinTarget(), zone());
        openRound().calledBack(e.calledBackAt(), e.satisfaction(), e.solutionAccepted(), e.withinTarget(), zone());
        sla.resultReport.due(e.resultReportDueAt());
        if (e.answeredBy() != null) {
            callbackAnsweredBy = e.answeredBy();
        }
        if (e.solutionAccepted()) {
            status = ComplaintStatus.CALLED_BACK;
        } else {
            reopen();
        }
    }

    void on(ComplaintVerified e) {
        status = ComplaintStatus.VERIFIED;
        responsibleStaffId = e.responsibleStaffId();
        misconduct = e.misconduct();
        verifiedAt = e.verifiedAt();
    }

    void on(ComplaintArchived e) {
        status = ComplaintStatus.ARCHIVED;
        archivedAt = e.archivedAt();
    }

    void on(ComplaintEscalated e) {
        escalatedAt = e.escalatedAt();
        escalationCause = e.cause();
        escalatedTo = e.escalatedTo();
    }

    /**
     * The last proposed solution stands: the resolution counts as not completed on time (settled now, unless a
     * resolution or breach settled it before), so an unresolved close never improves the on-time rate.
     */
    void on(ComplaintClosedUnresolved e) {
        status = ComplaintStatus.CLOSED_UNRESOLVED;
        closedUnresolved = true;
        closedUnresolvedAt = e.closedAt();
        LocalPeriod closed = LocalPeriod.of(e.closedAt(), zone());
        closedUnresolvedDate = closed.date();
        closedUnresolvedMonth = closed.month();
        closedUnresolvedBy = e.decidedBy();
        unresolvedReason = e.reason();
        sla.resolution.notCompletedOnTime(e.closedAt(), zone());
    }

    void on(InvestigationResultReturned e) {
        investigationReturnedAt = e.returnedAt();
        investigationFindings = e.findings();
        sla.investigation.met(e.returnedAt(), e.withinTarget(), zone());
        sla.solution.due(e.solutionDueAt());
    }

    /** The latest solution is shown (adjusted after a rejection); the first one is judged against the due time. */
    void on(SolutionReturned e) {
        solutionReturnedAt = e.returnedAt();
        departmentSolution = e.solution();
        sla.solution.met(e.returnedAt(), e.withinTarget(), zone());
    }

    void on(ComplaintResultReported e) {
        resultReportedAt = e.reportedAt();
        reportedResult = e.result();
        sla.resultReport.met(e.reportedAt(), e.withinTarget(), zone());
    }

    void on(ComplaintOutcomeRecorded e) {
        outcomeRecordedAt = e.recordedAt();
        finalResult = e.finalResult();
        handlingEvaluation = e.evaluation();
    }

    void on(ComplaintSlaWarningRaised e) {
        sla.of(e.target()).warned(e.percentElapsed(), e.dueAt());
    }

    void on(ComplaintSlaBreached e) {
        sla.of(e.target()).breached(e.dueAt(), zone());
        if (e.target() == SlaTarget.CALLBACK) {
            callbacks.stream().filter(round -> round.isDueAt(e.dueAt()) && round.open()).findFirst()
                    .ifPresent(round -> round.breached(e.dueAt(), zone()));
        }
    }

    /**
     * The round a callback answers: the latest one not yet called back (the aggregate takes a callback only
     * while resolved, so it is the latest). A callback without a resolution seen opens a round of its own.
     */
    private CallbackRound openRound() {
        if (!callbacks.isEmpty() && !callbacks.getLast().calledBack()) {
            return callbacks.getLast();
        }
        CallbackRound round = CallbackRound.opened(null, null);
        callbacks.add(round);
        return round;
    }

    /** The subsidiary's zone; UTC only for a document whose receipt was never seen (cannot happen in order). */
    private ZoneId zone() {
        return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
    }

    private void reopen() {
        status = ComplaintStatus.REOPENED;
        reopenCount++;
        sla.resolution.reopen(null);
    }

    void on(CustomerErased e) {
        customerErased = true;
    }

    /** The case's customer, whose masks the API adds at read time; null for none. */
    public String customerId() {
        return customerId;
    }

    public ComplainantKind complainantKind() {
        return complainantKind;
    }

    public String complainingDepartmentId() {
        return complainingDepartmentId;
    }

    public String callbackAnsweredBy() {
        return callbackAnsweredBy;
    }

    public String complaintId() {
        return complaintId;
    }

    public boolean closedUnresolved() {
        return closedUnresolved;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public ComplaintStatus status() {
        return status;
    }

    public SlaFacts sla(SlaTarget target) {
        return sla.of(target);
    }

    /** The callback rounds, one per resolution, oldest first. */
    public List<CallbackRound> callbacks() {
        return List.copyOf(callbacks);
    }

    /** The promises; field names are the index's ({@code sla.contactHardLimit.onTime}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    @Schema(name = "ComplaintSla")
    static final class Sla {
        private SlaFacts contact = new SlaFacts();
        private SlaFacts contactHardLimit = new SlaFacts();
        private SlaFacts onSite = new SlaFacts();
        private SlaFacts resolution = new SlaFacts();
        private SlaFacts callback = new SlaFacts();
        private SlaFacts investigation = new SlaFacts();
        private SlaFacts solution = new SlaFacts();
        private SlaFacts resultReport = new SlaFacts();
        private SlaFacts reply = new SlaFacts();

        SlaFacts of(SlaTarget target) {
            return switch (target) {
                case CONTACT -> contact;
                case CONTACT_HARD_LIMIT -> contactHardLimit;
                case ON_SITE -> onSite;
                case RESOLUTION -> resolution;
                case CALLBACK -> callback;
                case INVESTIGATION -> investigation;
                case SOLUTION -> solution;
                case RESULT_REPORT -> resultReport;
                case REPLY -> reply;
            };
        }
    }

    /** The unit the document belongs to, for the reader's scope. */
    String subsidiaryId() {
        return subsidiaryId;
    }

    String departmentId() {
        return departmentId;
    }

    String handlerId() {
        return handlerId;
    }

    String timeZone() {
        return timeZone;
    }
}
