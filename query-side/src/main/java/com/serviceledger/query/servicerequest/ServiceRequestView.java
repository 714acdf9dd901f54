package com.serviceledger.query.servicerequest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.servicerequest.DelayAnnounced;
import com.serviceledger.kernel.servicerequest.DeliveryAccepted;
import com.serviceledger.kernel.servicerequest.DeliveryRejected;
import com.serviceledger.kernel.servicerequest.Difficulty;
import com.serviceledger.kernel.servicerequest.FirstResponseAct;
import com.serviceledger.kernel.servicerequest.FirstResponseMade;
import com.serviceledger.kernel.servicerequest.MaterialsReceived;
import com.serviceledger.kernel.servicerequest.MaterialsRequested;
import com.serviceledger.kernel.servicerequest.ProgressReported;
import com.serviceledger.kernel.servicerequest.SatisfactionRecorded;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServiceDelivered;
import com.serviceledger.kernel.servicerequest.ServicePlanned;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssessed;
import com.serviceledger.kernel.servicerequest.ServiceRequestAssigned;
import com.serviceledger.kernel.servicerequest.ServiceRequestClosed;
import com.serviceledger.kernel.servicerequest.ServiceRequestClosedWithoutSurvey;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaBreached;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaWarningRaised;
import com.serviceledger.kernel.servicerequest.ServiceRequestStatus;
import com.serviceledger.query.privacy.FreeTextView;
import com.serviceledger.query.view.LocalPeriod;
import com.serviceledger.query.view.SequencedView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The service request view document ({@code sq-service-requests}): one per request, evolved event by event.
 * Holds no personal data, not even masked: only the customer id. The delivery verdicts are those of the
 * latest delivery, the one an acceptance completes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public final class ServiceRequestView extends SequencedView implements FreeTextView {

    private String requestId;
    private String subsidiaryId;
    private String departmentId;
    private String postId;
    private Channel channel;
    private ServiceCategory category;
    private ServiceRequestStatus status;
    /** The customer across cases; the masks are filled from the vault at read time, never stored here. */
    private String customerId;
    private boolean customerErased;
    private String description;
    private Instant receivedAt;
    private String timeZone;
    private String receivedMonth;
    /** Local date received (yyyy-MM-dd): the period of this service interaction. */
    private String receivedDate;
    private String policyVersion;
    private boolean materialsRequested;
    private List<String> missingItems;
    private Instant materialsRequestedAt;
    private Instant materialsReceivedAt;
    private FirstResponseAct firstResponseAct;
    private String assigneeId;
    private Instant assignedAt;
    private String nature;
    private Difficulty difficulty;
    private String resources;
    private Instant assessedAt;
    private String goal;
    private List<String> steps;
    private String ownerId;
    private Instant plannedAt;
    private Instant originalDueAt;
    private Instant agreedDueAt;
    private int progressReports;
    private Instant firstProgressAt;
    private Instant lastProgressAt;
    private int delaysAnnouncedInTime;
    private int delaysAnnouncedLate;
    private Instant lastDelayAnnouncedAt;
    private String lastDelayReason;
    private int deliveryCount;
    private Instant firstDeliveredAt;
    private Instant deliveredAt;
    private String deliverySummary;
    private Boolean deliveredOnTimeAgainstOriginal;
    private Boolean deliveredOnTimeAgainstAgreed;
    private int rejectionCount;
    private Instant lastRejectedAt;
    private List<String> lastRejectionReasons;
    private Instant acceptedAt;
    private Integer satisfaction;
    private String satisfactionComment;
    private Instant surveyedAt;
    /** Local date of the acceptance survey, the period its score counts in. */
    private String surveyedDate;
    /** Local month of the survey ({@code yyyy-MM}), the keyword monthly satisfaction counts group on. */
    private String surveyedMonth;
    private Instant closedAt;
    /** Closed by the system when the survey window ended: no score, counted apart by the satisfaction figures. */
    private boolean closedWithoutSurvey;
    /** Local date and month of the close, the period closures are counted in. */
    private String closedDate;
    private String closedMonth;
    private Sla sla = new Sla();

    /** For the JSON mappers. */
    ServiceRequestView() {
    }

    /** The document of a request no event has touched yet; public for offline replays. */
    public static ServiceRequestView empty(String requestId) {
        ServiceRequestView view = new ServiceRequestView();
        view.requestId = requestId;
        return view;
    }

    @Override
    public void maskFreeText(UnaryOperator<String> masks) {
        description = masks.apply(description);
        missingItems = masked(missingItems, masks);
        nature = masks.apply(nature);
        resources = masks.apply(resources);
        goal = masks.apply(goal);
        steps = masked(steps, masks);
        lastDelayReason = masks.apply(lastDelayReason);
        deliverySummary = masks.apply(deliverySummary);
        lastRejectionReasons = masked(lastRejectionReasons, masks);
        satisfactionComment = masks.apply(satisfactionComment);
    }

    private static List<String> masked(List<String> texts, UnaryOperator<String> masks) {
        return texts == null ? null : texts.stream().map(masks).toList();
    }

    /** Applies the event as {@link ServiceRequestProjection} does; false when this view does not take it. */
    @Override
    protected boolean take(Object event) {
        switch (event) {
            case ServiceRequestReceived e -> on(e);
            case MaterialsRequested e -> on(e);
            case MaterialsReceived e -> on(e);
            case FirstResponseMade e -> on(e);
            case ServiceRequestAssigned e -> on(e);
            case ServiceRequestAssessed e -> on(e);
            case ServicePlanned e -> on(e);
            case ProgressReported e -> on(e);
            case DelayAnnounced e -> on(e);
            case ServiceDelivered e -> on(e);
            case DeliveryRejected e -> on(e);
            case DeliveryAccepted e -> on(e);
            case SatisfactionRecorded e -> on(e);
            case ServiceRequestClosed e -> on(e);
            case ServiceRequestClosedWithoutSurvey e -> on(e);
            case ServiceRequestSlaWarningRaised e -> on(e);
            case ServiceRequestSlaBreached e -> on(e);
            case CustomerErased e -> on(e);
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
        return requestId;
    }

    void on(ServiceRequestReceived e) {
        subsidiaryId = e.target().subsidiaryId();
        departmentId = e.target().departmentId();
        postId = e.target().postId();
        channel = e.channel();
        category = e.category();
        status = ServiceRequestStatus.RECEIVED;
        customerId = e.customer() == null ? null : e.customer().customerId();
        description = e.description();
        receivedAt = e.receivedAt();
        timeZone = e.timeZone();
        LocalPeriod received = LocalPeriod.of(e.receivedAt(), ZoneId.of(e.timeZone()));
        receivedMonth = received.month();
        receivedDate = received.date();
        policyVersion = e.policyVersion();
        sla.firstResponse.due(e.responseDueAt());
    }

    void on(MaterialsRequested e) {
        status = ServiceRequestStatus.AWAITING_MATERIALS;
        materialsRequested = true;
        missingItems = e.missingItems();
        materialsRequestedAt = e.requestedAt();
    }

    void on(MaterialsReceived e) {
        status = ServiceRequestStatus.RECEIVED;
        materialsReceivedAt = e.receivedAt();
    }

    void on(FirstResponseMade e) {
        firstResponseAct = e.act();
        sla.firstResponse.due(e.dueAt());
        sla.firstResponse.met(e.respondedAt(), e.withinTarget(), zone());
    }

    void on(ServiceRequestAssigned e) {
        status = ServiceRequestStatus.ASSIGNED;
        assigneeId = e.assigneeId();
        assignedAt = e.assignedAt();
    }

    void on(ServiceRequestAssessed e) {
        status = ServiceRequestStatus.ASSESSED;
        nature = e.nature();
        difficulty = e.difficulty();
        resources = e.resources();
        assessedAt = e.assessedAt();
    }

    void on(ServicePlanned e) {
        status = ServiceRequestStatus.PLANNED;
        goal = e.goal();
        steps = e.steps();
        ownerId = e.ownerId();
        plannedAt = e.plannedAt();
        originalDueAt = e.dueAt();
        agreedDueAt = e.dueAt();
        sla.delivery.due(e.dueAt());
    }

    void on(ProgressReported e) {
        status = ServiceRequestStatus.IN_PROGRESS;
        progressReports++;
        firstProgressAt = firstProgressAt == null ? e.reportedAt() : firstProgressAt;
        lastProgressAt = e.reportedAt();
    }

    void on(DelayAnnounced e) {
        lastDelayAnnouncedAt = e.announcedAt();
        lastDelayReason = e.reason();
        if (e.inTime()) {
            delaysAnnouncedInTime++;
            agreedDueAt = e.agreedDueAt();
            sla.delivery.due(e.agreedDueAt());
        } else {
            delaysAnnouncedLate++;
        }
    }

    void on(ServiceDelivered e) {
        status = ServiceRequestStatus.DELIVERED;
        deliveryCount++;
        firstDeliveredAt = firstDeliveredAt == null ? e.deliveredAt() : firstDeliveredAt;
        deliveredAt = e.deliveredAt();
        deliverySummary = e.summary();
        deliveredOnTimeAgainstOriginal = e.onTimeAgainstOriginal();
        deliveredOnTimeAgainstAgreed = e.onTimeAgainstAgreed();
        sla.delivery.met(e.deliveredAt(), e.onTimeAgainstAgreed(), zone());
    }

    void on(DeliveryRejected e) {
        status = ServiceRequestStatus.REWORK;
        rejectionCount++;
        lastRejectedAt = e.rejectedAt();
        lastRejectionReasons = e.reasons();
        sla.delivery.reopen();
    }

    void on(DeliveryAccepted e) {
        status = ServiceRequestStatus.ACCEPTED;
        acceptedAt = e.acceptedAt();
    }

    void on(SatisfactionRecorded e) {
        satisfaction = e.score();
        satisfactionComment = e.comment();
        surveyedAt = e.surveyedAt();
        LocalPeriod surveyed = LocalPeriod.of(e.surveyedAt(), zone());
        surveyedDate = surveyed.date();
        surveyedMonth = surveyed.month();
    }

    void on(ServiceRequestClosed e) {
        closed(e.closedAt());
    }

    void on(ServiceRequestClosedWithoutSurvey e) {
        closed(e.closedAt());
        closedWithoutSurvey = true;
    }

    private void closed(Instant at) {
        status = ServiceRequestStatus.CLOSED;
        closedAt = at;
        LocalPeriod closed = LocalPeriod.of(at, zone());
        closedDate = closed.date();
        closedMonth = closed.month();
    }

    public boolean closedWithoutSurvey() {
        return closedWithoutSurvey;
    }

    void on(ServiceRequestSlaWarningRaised e) {
        sla.of(e.target()).warned(e.percentElapsed(), e.dueAt());
    }

    void on(ServiceRequestSlaBreached e) {
        sla.of(e.target()).breached(e.dueAt(), zone());
    }

    private ZoneId zone() {
        return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
    }

    void on(CustomerErased e) {
        customerErased = true;
    }

    /** The case's customer, whose masks the API adds at read time; null for none. */
    public String customerId() {
        return customerId;
    }

    public String requestId() {
        return requestId;
    }

    public ServiceRequestStatus status() {
        return status;
    }

    public PromiseFacts sla(ServiceRequestSlaTarget target) {
        return sla.of(target);
    }

    /** The two promises; field names are the index's ({@code sla.firstResponse.onTime}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    @Schema(name = "ServiceRequestSla")
    static final class Sla {
        private PromiseFacts firstResponse = new PromiseFacts();
        private PromiseFacts delivery = new PromiseFacts();

        PromiseFacts of(ServiceRequestSlaTarget target) {
            return switch (target) {
                case FIRST_RESPONSE -> firstResponse;
                case DELIVERY -> delivery;
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

    String assigneeId() {
        return assigneeId;
    }

    String timeZone() {
        return timeZone;
    }
}
