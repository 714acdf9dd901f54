package com.serviceledger.command.servicerequest;

import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.ACCEPTED;
import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.ASSESSED;
import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.ASSIGNED;
import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.AWAITING_MATERIALS;
import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.DELIVERED;
import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.IN_PROGRESS;
import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.PLANNED;
import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.RECEIVED;
import static com.serviceledger.kernel.servicerequest.ServiceRequestStatus.REWORK;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.attachment.CaseAttachments;
import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.common.DisclosedCustomer;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.NamesDirectory;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ServiceRequestPolicy;
import com.serviceledger.kernel.servicerequest.AddServiceRequestAttachment;
import com.serviceledger.kernel.servicerequest.*;
import com.serviceledger.platform.privacy.CaseRef;
import com.serviceledger.platform.privacy.CustomerVault;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's service request (000 §2.2, 001 §3.1–3.2), from receipt to closing. Decides every step and
 * owns two timers: the first response (fixed at receipt under the policy then in force) and delivery by
 * the due time in force (the plan's, moved only by delays announced in time).
 */
@Aggregate(cache = "serviceRequestCache")
public class ServiceRequest implements InUnit {

    private static final Set<ServiceRequestStatus> AT_WORK = EnumSet.of(PLANNED, IN_PROGRESS, REWORK);

    @AggregateIdentifier
    private String requestId;
    private String subsidiaryId;
    private String departmentId;
    private ServiceRequestStatus status;
    private Instant responseDueAt;
    private boolean responded;
    private boolean materialsRequested;
    private Instant originalDueAt;
    private Instant agreedDueAt;
    /** Where the delivery timer's warnings count from: the plan, or the delay that set the agreed due time. */
    private Instant deliveryClockStartedAt;
    private boolean surveyed;
    private Instant acceptedAt;
    private ProtectedContact customer;
    private boolean customerErased;
    private final Set<String> firedCheckpoints = new HashSet<>();
    private final CaseAttachments attachments = new CaseAttachments();

    protected ServiceRequest() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public ServiceRequest(ReceiveServiceRequest command, PolicyProvider policies, Clock clock,
                          DeadlineManager deadlineManager, CustomerVault vault) {
        // the event carries the contact only encrypted under the customer's own key, and the phones, e-mails and
        // ID-card numbers in the description sealed under the same key (before the clock is read: the receipt
        // time and the event's own timestamp stay the same moment)
        String subsidiary = command.target().subsidiaryId();
        ProtectedContact customer = vault.protect(command.customer(),
                new CaseRef("ServiceRequest", command.requestId()), subsidiary);
        String description = vault.protectText(command.description(), customer.customerId(), subsidiary);
        ServiceRequestPolicy policy = policies.serviceRequestPolicy(subsidiary);
        Instant now = clock.instant();
        Instant due = policy.responseDueAt(now);
        apply(new ServiceRequestReceived(command.requestId(), command.channel(), customer,
                command.category(), description, command.target(), now, policy.zone().getId(),
                policy.version(), due));
        schedule(deadlineManager, ServiceRequestCheckpoint.first(ServiceRequestSlaTarget.FIRST_RESPONSE, now, due,
                policy.warningPercents()));
    }

    /** Staff a command names must be the directory's, of this request's subsidiary. */
    @CommandHandlerInterceptor
    void checkDirectory(NamesDirectory command, DirectoryRules directory, Clock clock) {
        directory.requireOfCase(command, subsidiaryId, clock.instant());
    }

    /** 一次性告知: one request naming every missing item; asking again is a breach of the regulation. */
    @CommandHandler
    public void handle(RequestMaterials command, Clock clock, CustomerVault vault) {
        if (materialsRequested) {
            throw new RuleViolation("missingItems", "Service request " + requestId + ": the missing materials were "
                    + "already requested; every missing item must be told to the customer at once (一次性告知), "
                    + "a second request is not allowed");
        }
        requireStatus(EnumSet.of(RECEIVED), "materials are requested at the initial review, before assignment");
        List<String> items = Statements.required("missingItems", command.missingItems(),
                "name every missing item").stream().map(item -> personal(item, vault)).toList();
        Instant now = clock.instant();
        apply(new MaterialsRequested(requestId, items, now));
        respondFirst(FirstResponseAct.MATERIALS_REQUEST, now);
    }

    @CommandHandler
    public void handle(RecordMaterialsReceived command, Clock clock) {
        requireStatus(EnumSet.of(AWAITING_MATERIALS), "no materials are awaited");
        apply(new MaterialsReceived(requestId, clock.instant()));
    }

    @CommandHandler
    public void handle(AssignServiceRequest command, Clock clock) {
        if (status == AWAITING_MATERIALS) {
            throw new OutOfOrder("Service request " + requestId + " is " + status
                    + ": it is assigned once the missing materials have arrived");
        }
        requireStatus(EnumSet.of(RECEIVED), "the request was already assigned");
        Instant now = clock.instant();
        apply(new ServiceRequestAssigned(requestId, command.assigneeId(), now));
        respondFirst(FirstResponseAct.ASSIGNMENT, now);
    }

    @CommandHandler
    public void handle(AssessServiceRequest command, Clock clock, CustomerVault vault) {
        requireStatus(EnumSet.of(ASSIGNED), "the assigned request is assessed once, before planning");
        apply(new ServiceRequestAssessed(requestId, personal(command.nature(), vault), command.difficulty(),
                personal(command.resources(), vault), clock.instant()));
    }

    @CommandHandler
    public void handle(PlanService command, PolicyProvider policies, Clock clock, DeadlineManager deadlineManager,
                       CustomerVault vault) {
        requireStatus(EnumSet.of(ASSESSED), "the service is planned once, after the assessment");
        Instant now = clock.instant();
        if (command.dueAt() == null || !command.dueAt().isAfter(now)) {
            throw new RuleViolation("dueAt", "the due time must lie in the future");
        }
        List<String> steps = Statements.required("steps", command.steps(), "a plan has at least one step")
                .stream().map(step -> personal(step, vault)).toList();
        ServiceRequestPolicy policy = policies.serviceRequestPolicy(subsidiaryId);
        apply(new ServicePlanned(requestId, personal(command.goal(), vault), steps, command.ownerId(),
                command.dueAt(), now, policy.version()));
        schedule(deadlineManager, ServiceRequestCheckpoint.first(ServiceRequestSlaTarget.DELIVERY, now,
                command.dueAt(), policy.warningPercents()));
    }

    @CommandHandler
    public void handle(ReportProgress command, Clock clock, CustomerVault vault) {
        requireStatus(AT_WORK, "progress is reported while the work is under way");
        apply(new ProgressReported(requestId, personal(command.note(), vault), clock.instant()));
    }

    /**
     * 提前告知: announced strictly before the due time in force, the delay moves it; at or after it, the
     * announcement is recorded as late and the due time stays where it was.
     */
    @CommandHandler
    public void handle(AnnounceDelay command, PolicyProvider policies, Clock clock, DeadlineManager deadlineManager,
                       CustomerVault vault) {
        requireStatus(AT_WORK, "a delay is announced while the work is under way");
        if (command.newDueAt() == null || !command.newDueAt().isAfter(agreedDueAt)) {
            throw new RuleViolation("newDueAt", "a delay moves the due time later than the one in force ("
                    + agreedDueAt + ")");
        }
        Instant now = clock.instant();
        boolean inTime = now.isBefore(agreedDueAt);
        Instant agreed = inTime ? command.newDueAt() : agreedDueAt;
        apply(new DelayAnnounced(requestId, personal(command.reason(), vault), command.newDueAt(), agreedDueAt, now,
                inTime, agreed));
        if (inTime) {
            schedule(deadlineManager, ServiceRequestCheckpoint.first(ServiceRequestSlaTarget.DELIVERY, now, agreed,
                    policies.serviceRequestPolicy(subsidiaryId).warningPercents()));
        }
    }

    @CommandHandler
    public void handle(DeliverService command, Clock clock, CustomerVault vault) {
        requireStatus(AT_WORK, "the service is delivered after it was planned");
        Instant now = clock.instant();
        apply(new ServiceDelivered(requestId, personal(command.summary(), vault), now, originalDueAt, agreedDueAt,
                !now.isAfter(originalDueAt), !now.isAfter(agreedDueAt)));
    }

    @CommandHandler
    public void handle(AcceptDelivery command, PolicyProvider policies, Clock clock, DeadlineManager deadlineManager) {
        requireStatus(EnumSet.of(DELIVERED), "only a delivered service is accepted");
        Instant now = clock.instant();
        apply(new DeliveryAccepted(requestId, now));
        Instant surveyDue = policies.serviceRequestPolicy(subsidiaryId).surveyDueAt(now);
        deadlineManager.schedule(surveyDue, SurveyWindow.DEADLINE_NAME, new SurveyWindow(now, surveyDue));
    }

    /** No survey by the end of the policy's window after acceptance: the request is closed without one. */
    @DeadlineHandler(deadlineName = SurveyWindow.DEADLINE_NAME)
    public void on(SurveyWindow window, Clock clock) {
        if (status != ACCEPTED || surveyed || !window.acceptedAt().equals(acceptedAt)) {
            return;
        }
        apply(new ServiceRequestClosedWithoutSurvey(requestId, acceptedAt, window.dueAt(), clock.instant()));
    }

    /** Back to work: the delivery timer resumes against the due time in force, breaching at once if it passed. */
    @CommandHandler
    public void handle(RejectDelivery command, PolicyProvider policies, Clock clock, DeadlineManager deadlineManager,
                       CustomerVault vault) {
        requireStatus(EnumSet.of(DELIVERED), "only a delivered service is rejected");
        List<String> reasons = Statements.required("reasons", command.reasons(), "give the reasons for rejecting")
                .stream().map(reason -> personal(reason, vault)).toList();
        Instant now = clock.instant();
        apply(new DeliveryRejected(requestId, reasons, now));
        schedule(deadlineManager, ServiceRequestCheckpoint.resumedAt(now, ServiceRequestSlaTarget.DELIVERY,
                deliveryClockStartedAt, agreedDueAt, policies.serviceRequestPolicy(subsidiaryId).warningPercents()));
    }

    @CommandHandler
    public void handle(RecordSatisfaction command, Clock clock, CustomerVault vault) {
        if (command.score() < 1 || command.score() > 5) {
            throw new RuleViolation("score", "satisfaction is scored 1 to 5");
        }
        requireStatus(EnumSet.of(ACCEPTED), "the satisfaction survey follows the accepted delivery");
        if (surveyed) {
            throw new OutOfOrder("Service request " + requestId + ": the satisfaction survey was already recorded");
        }
        apply(new SatisfactionRecorded(requestId, command.score(), personal(command.comment(), vault),
                clock.instant()));
    }

    @CommandHandler
    public void handle(CloseServiceRequest command, Clock clock) {
        requireStatus(EnumSet.of(ACCEPTED), "a request is closed after the customer accepted the delivery");
        if (!surveyed) {
            throw new OutOfOrder("Service request " + requestId + ": record the satisfaction survey before closing");
        }
        apply(new ServiceRequestClosed(requestId, clock.instant()));
    }

    /**
     * Erasure is allowed in any status, closed too: the case and its figures stay, the person goes.
     *
     * @return the hashes of the case's files, for the erasure to delete from the blob store (every time)
     */
    @CommandHandler
    public List<String> handle(EraseServiceRequestCustomer command, Clock clock) {
        if (customerErased || customer == null) {
            return attachments.hashes();
        }
        if (!customer.customerId().equals(command.customerId())) {
            throw new RuleViolation("customerId", "Service request " + requestId + " names another customer");
        }
        apply(new CustomerErased(requestId, customer.customerId(), clock.instant(), command.reason()));
        return attachments.hashes();
    }

    /** Documents and evidence until the request is closed; returns the attachment's id (see Complaint's). */
    @CommandHandler
    public String handle(AddServiceRequestAttachment command, Clock clock, CustomerVault vault) {
        if (status == ServiceRequestStatus.CLOSED) {
            throw new OutOfOrder("Service request " + requestId + " is closed: its documents are closed");
        }
        return attachments.add(requestId, command.attachment(), customer == null ? null : customer.customerId(),
                subsidiaryId, vault, clock);
    }

    /** A clear read of the contact, recorded in the case's own stream with its purpose (and the reader). */
    @CommandHandler
    public DisclosedCustomer handle(DiscloseServiceRequestCustomer command, CustomerVault vault, Clock clock) {
        if (customerErased || customer == null) {
            throw new ContactErased("The customer of service request " + requestId + " was erased");
        }
        CustomerContact clear = vault.reveal(customer);
        apply(new CustomerContactDisclosed(requestId, customer.customerId(), command.purpose(), clock.instant()));
        return new DisclosedCustomer(customer.customerId(), clear.name(), clear.phone(), clear.email());
    }

    /** Free text as the event stores it: the personal data in it sealed under the customer's key (or dropped). */
    private String personal(String text, CustomerVault vault) {
        return vault.protectText(text, customer == null ? null : customer.customerId(), subsidiaryId);
    }

    /** Warns before, and records the breach at, a target still unmet when its timer fires. */
    @DeadlineHandler(deadlineName = ServiceRequestCheckpoint.DEADLINE_NAME)
    public void on(ServiceRequestCheckpoint checkpoint, Clock clock, DeadlineManager deadlineManager) {
        if (!isPending(checkpoint) || firedCheckpoints.contains(checkpoint.key())) {
            return;
        }
        Instant now = clock.instant();
        if (checkpoint.isBreach()) {
            apply(new ServiceRequestSlaBreached(requestId, checkpoint.target(), checkpoint.dueAt(), now));
        } else {
            apply(new ServiceRequestSlaWarningRaised(requestId, checkpoint.target(), checkpoint.percent(),
                    checkpoint.dueAt(), now));
            schedule(deadlineManager, checkpoint.next());
        }
    }

    private boolean isPending(ServiceRequestCheckpoint checkpoint) {
        return switch (checkpoint.target()) {
            case FIRST_RESPONSE -> !responded && checkpoint.dueAt().equals(responseDueAt);
            case DELIVERY -> AT_WORK.contains(status) && checkpoint.dueAt().equals(agreedDueAt);
        };
    }

    private void respondFirst(FirstResponseAct act, Instant now) {
        if (!responded) {
            apply(new FirstResponseMade(requestId, act, now, responseDueAt, !now.isAfter(responseDueAt)));
        }
    }

    private static void schedule(DeadlineManager deadlineManager, ServiceRequestCheckpoint checkpoint) {
        deadlineManager.schedule(checkpoint.firesAt(), ServiceRequestCheckpoint.DEADLINE_NAME, checkpoint);
    }

    private void requireStatus(Set<ServiceRequestStatus> allowed, String rule) {
        if (!allowed.contains(status)) {
            throw new OutOfOrder("Service request " + requestId + " is " + status + ": " + rule);
        }
    }

    @Override
    public OrgUnit orgUnit() {
        return subsidiaryId == null ? null : new OrgUnit(subsidiaryId, departmentId);
    }

    // --- state, from events only ---

    @EventSourcingHandler
    void on(ServiceRequestReceived event) {
        requestId = event.requestId();
        subsidiaryId = event.target().subsidiaryId();
        departmentId = event.target().departmentId();
        status = RECEIVED;
        responseDueAt = event.responseDueAt();
        customer = event.customer();
    }

    @EventSourcingHandler
    void on(CustomerErased event) {
        customerErased = true;
    }

    @EventSourcingHandler
    void on(AttachmentAdded event) {
        attachments.on(event);
    }

    @EventSourcingHandler
    void on(MaterialsRequested event) {
        materialsRequested = true;
        status = AWAITING_MATERIALS;
    }

    @EventSourcingHandler
    void on(MaterialsReceived event) {
        status = RECEIVED;
    }

    @EventSourcingHandler
    void on(FirstResponseMade event) {
        responded = true;
    }

    @EventSourcingHandler
    void on(ServiceRequestAssigned event) {
        status = ASSIGNED;
    }

    @EventSourcingHandler
    void on(ServiceRequestAssessed event) {
        status = ASSESSED;
    }

    @EventSourcingHandler
    void on(ServicePlanned event) {
        status = PLANNED;
        originalDueAt = event.dueAt();
        agreedDueAt = event.dueAt();
        deliveryClockStartedAt = event.plannedAt();
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        status = IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(DelayAnnounced event) {
        if (event.inTime()) {
            agreedDueAt = event.agreedDueAt();
            deliveryClockStartedAt = event.announcedAt();
        }
    }

    @EventSourcingHandler
    void on(ServiceDelivered event) {
        status = DELIVERED;
    }

    @EventSourcingHandler
    void on(DeliveryRejected event) {
        status = REWORK;
    }

    @EventSourcingHandler
    void on(DeliveryAccepted event) {
        status = ACCEPTED;
        acceptedAt = event.acceptedAt();
    }

    @EventSourcingHandler
    void on(SatisfactionRecorded event) {
        surveyed = true;
    }

    @EventSourcingHandler
    void on(ServiceRequestClosed event) {
        status = ServiceRequestStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ServiceRequestSlaWarningRaised event) {
        firedCheckpoints.add(ServiceRequestCheckpoint.key(event.target(), event.percentElapsed(), event.dueAt()));
    }

    @EventSourcingHandler
    void on(ServiceRequestSlaBreached event) {
        firedCheckpoints.add(ServiceRequestCheckpoint.key(event.target(), ServiceRequestCheckpoint.BREACH,
                event.dueAt()));
    }

    @EventSourcingHandler
    void on(ServiceRequestClosedWithoutSurvey event) {
        status = ServiceRequestStatus.CLOSED;
    }
}
