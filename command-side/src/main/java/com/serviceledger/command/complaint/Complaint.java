package com.serviceledger.command.complaint;

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
import com.serviceledger.kernel.complaint.AddComplaintAttachment;
import com.serviceledger.kernel.complaint.ArchiveComplaint;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.CloseComplaintUnresolved;
import com.serviceledger.kernel.complaint.ComplainingDepartment;
import com.serviceledger.kernel.complaint.ComplaintArchived;
import com.serviceledger.kernel.complaint.ComplaintClosedUnresolved;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintEscalated;
import com.serviceledger.kernel.complaint.ComplaintEscalationWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintOutcomeRecorded;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintResolved;
import com.serviceledger.kernel.complaint.ComplaintResultReported;
import com.serviceledger.kernel.complaint.ComplaintSlaBreached;
import com.serviceledger.kernel.complaint.ComplaintSlaWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintStatus;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.ContactCustomer;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.DiscloseComplaintCustomer;
import com.serviceledger.kernel.complaint.DismissComplaint;
import com.serviceledger.kernel.complaint.EraseComplaintCustomer;
import com.serviceledger.kernel.complaint.EscalationCause;
import com.serviceledger.kernel.complaint.EscalationLevel;
import com.serviceledger.kernel.complaint.ForwardComplaint;
import com.serviceledger.kernel.complaint.HandlerArrivedOnSite;
import com.serviceledger.kernel.complaint.InvestigationResultReturned;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.NameComplaintHandler;
import com.serviceledger.kernel.complaint.ReceiveComplaint;
import com.serviceledger.kernel.complaint.ReceiveDepartmentComplaint;
import com.serviceledger.kernel.complaint.RecordCallback;
import com.serviceledger.kernel.complaint.RecordComplaintOutcome;
import com.serviceledger.kernel.complaint.RecordHandlerOnSite;
import com.serviceledger.kernel.complaint.RejectSolution;
import com.serviceledger.kernel.complaint.ReportComplaintResult;
import com.serviceledger.kernel.complaint.ResolveComplaint;
import com.serviceledger.kernel.complaint.ReturnInvestigationResult;
import com.serviceledger.kernel.complaint.ReturnSolution;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.complaint.SolutionRejected;
import com.serviceledger.kernel.complaint.SolutionReturned;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.complaint.VerifyComplaint;
import com.serviceledger.kernel.incident.ComplaintRaisedToIncident;
import com.serviceledger.kernel.incident.RaiseComplaintToIncident;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.NamesDirectory;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.platform.privacy.CaseRef;
import com.serviceledger.platform.privacy.CustomerVault;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer complaint (002 第4篇, 001 §3.3). Decides every step of its lifecycle and owns its SLA
 * timers; the due times are fixed at receipt under the policy then in force.
 */
@Aggregate(cache = "complaintCache")
public class Complaint implements InUnit {

    private static final Logger log = LoggerFactory.getLogger(Complaint.class);

    private static final Set<ComplaintStatus> BEFORE_CONTACT =
            EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.FORWARDED);
    private static final Set<ComplaintStatus> BEING_HANDLED = EnumSet.of(ComplaintStatus.FORWARDED,
            ComplaintStatus.CONTACTED, ComplaintStatus.IN_HANDLING, ComplaintStatus.REOPENED);
    /** A solution was proposed and the customer has not accepted it (yet). */
    private static final Set<ComplaintStatus> UNACCEPTED = EnumSet.of(ComplaintStatus.CONTACTED,
            ComplaintStatus.IN_HANDLING, ComplaintStatus.RESOLVED, ComplaintStatus.REOPENED);
    private static final Set<ComplaintStatus> OPEN = EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.FORWARDED,
            ComplaintStatus.CONTACTED, ComplaintStatus.IN_HANDLING, ComplaintStatus.REOPENED);

    /** From forwarding until archived: when the department's own steps (001 §3.3, 002 第4篇 六.1) are taken. */
    private static final Set<ComplaintStatus> FORWARDED_UNTIL_ARCHIVED = EnumSet.of(ComplaintStatus.FORWARDED,
            ComplaintStatus.CONTACTED, ComplaintStatus.IN_HANDLING, ComplaintStatus.RESOLVED, ComplaintStatus.REOPENED,
            ComplaintStatus.CALLED_BACK, ComplaintStatus.VERIFIED, ComplaintStatus.CLOSED_UNRESOLVED);
    /** Targets the department owes whether or not the customer's side of the case moved on (to archiving, too). */
    private static final Set<SlaTarget> DEPARTMENT_DUTIES = EnumSet.of(SlaTarget.INVESTIGATION, SlaTarget.SOLUTION,
            SlaTarget.RESULT_REPORT);

    @AggregateIdentifier
    private String complaintId;
    private String subsidiaryId;
    /** The complained-about department; the one it was forwarded to, once forwarded. */
    private String departmentId;
    private ComplaintStatus status;
    private Urgency urgency;
    private Instant receivedAt;
    private ComplaintDeadlines deadlines;
    private String handlerId;
    private boolean contacted;
    private boolean onSite;
    private boolean resolvedOnce;
    private Instant callbackDueAt;
    private ProtectedContact customer;
    private boolean customerErased;
    private Instant investigationDueAt;
    private boolean investigationReturned;
    private Instant solutionDueAt;
    private Instant resultReportDueAt;
    private boolean resultReported;
    private boolean outcomeRecorded;
    private final Map<SlaTarget, Instant> metTargets = new EnumMap<>(SlaTarget.class);
    private final Set<String> firedCheckpoints = new HashSet<>();
    /** Solutions the customer did not accept: rejections and callbacks without acceptance. */
    private int rejections;
    private boolean escalated;
    /** The escalation's warnings raised (their percents): each fires once, whatever the timer does. */
    private final Set<Integer> escalationWarnings = new HashSet<>();
    /** The latest proposed solution or resolution, as the events store it; it stands if closed unresolved. */
    private String lastSolution;
    private final CaseAttachments attachments = new CaseAttachments();
    /** The incident this complaint was raised to, once raised. */
    private String incidentId;
    /** The complaining department of a department-coordination complaint; null for a customer's. */
    private ComplainingDepartment complainingDepartment;

    protected Complaint() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Complaint(ReceiveComplaint command, PolicyProvider policies, Clock clock, DeadlineManager deadlineManager,
                     CustomerVault vault) {
        // the event carries the contact only encrypted under the customer's own key, and the phones, e-mails and
        // ID-card numbers in its texts sealed under the same key (before the clock is read: the receipt time and
        // the event's own timestamp stay the same moment)
        String subsidiary = command.target().subsidiaryId();
        ProtectedContact customer = vault.protect(command.customer(), new CaseRef("Complaint", command.complaintId()),
                subsidiary);
        String content = vault.protectText(command.content(), customer.customerId(), subsidiary);
        String demand = vault.protectText(command.demand(), customer.customerId(), subsidiary);
        ComplaintPolicy policy = policies.complaintPolicy(subsidiary);
        Instant now = clock.instant();
        ComplaintDeadlines due = policy.deadlinesFor(now, command.urgency(), command.channel());
        apply(new ComplaintReceived(command.complaintId(), command.channel(), customer, content, demand,
                command.target(), command.urgency(), now, policy.zone().getId(), policy.version(), due));
        scheduleReceiptTimers(deadlineManager, policy, now, due);
    }

    /**
     * A department complains about another of its subsidiary (部門協調投訴, 002 第5篇 二.2): received, handled,
     * timed and verified like a customer's complaint, with no customer; its free text keeps no personal data.
     */
    @CommandHandler
    public Complaint(ReceiveDepartmentComplaint command, PolicyProvider policies, Clock clock,
                     DeadlineManager deadlineManager, Directory directory, CustomerVault vault) {
        String subsidiary = command.target().subsidiaryId();
        if (command.complainingDepartmentId().equals(command.target().departmentId())) {
            throw new RuleViolation("target.departmentId",
                    "a department does not complain about itself: its head deals with its own staff");
        }
        Instant now = clock.instant();
        String raisedIn = directory.chainOf(command.raisedBy(), now).map(StaffChain::departmentId).orElse(null);
        if (!command.complainingDepartmentId().equals(raisedIn)) {
            throw new RuleViolation("raisedBy", "a department complaint is raised by staff of the complaining "
                    + "department " + command.complainingDepartmentId());
        }
        ComplaintPolicy policy = policies.complaintPolicy(subsidiary);
        ComplaintDeadlines due = policy.deadlinesFor(now, command.urgency(), command.channel());
        apply(new ComplaintReceived(command.complaintId(), command.channel(), null,
                vault.protectText(command.content(), null, subsidiary),
                vault.protectText(command.demand(), null, subsidiary), command.target(), command.urgency(), now,
                policy.zone().getId(), policy.version(), due,
                new ComplainingDepartment(command.complainingDepartmentId(), command.raisedBy())));
        scheduleReceiptTimers(deadlineManager, policy, now, due);
    }

    private static void scheduleReceiptTimers(DeadlineManager deadlineManager, ComplaintPolicy policy, Instant now,
                                              ComplaintDeadlines due) {
        schedule(deadlineManager, policy, SlaTarget.CONTACT, now, due.contactDueAt());
        schedule(deadlineManager, policy, SlaTarget.CONTACT_HARD_LIMIT, now, due.contactHardLimitAt());
        if (due.onSiteDueAt() != null) {
            schedule(deadlineManager, policy, SlaTarget.ON_SITE, now, due.onSiteDueAt());
        }
        schedule(deadlineManager, policy, SlaTarget.RESOLUTION, now, due.resolutionDueAt());
        schedule(deadlineManager, EscalationTimer.first(policy.escalateAfterRejections(), now,
                policy.escalationDueAt(now), policy.warningPercents()));
        if (due.replyDueAt() != null) {
            schedule(deadlineManager, policy, SlaTarget.REPLY, now, due.replyDueAt());
        }
    }

    /** Staff and departments a command names must be the directory's, of this complaint's subsidiary. */
    @CommandHandlerInterceptor
    void checkDirectory(NamesDirectory command, DirectoryRules directory, Clock clock) {
        directory.requireOfCase(command, subsidiaryId, clock.instant());
    }

    @CommandHandler
    public void handle(DismissComplaint command, Clock clock, CustomerVault vault) {
        requireStatus(BEFORE_CONTACT, "only a complaint not yet answered can be dismissed as unfounded");
        Instant now = clock.instant();
        apply(new ComplaintDismissed(complaintId, personal(command.explanation(), vault), now, replyVerdict(now)));
    }

    @CommandHandler
    public void handle(ForwardComplaint command, PolicyProvider policies, Clock clock,
                       DeadlineManager deadlineManager) {
        requireStatus(EnumSet.of(ComplaintStatus.RECEIVED), "the complaint was already forwarded or closed");
        ComplaintPolicy policy = policyOf(policies);
        Instant now = clock.instant();
        Instant investigationDue = policy.investigationDueAt(now);
        apply(new ComplaintForwarded(complaintId, command.departmentId(), command.departmentHeadId(), now,
                investigationDue));
        schedule(deadlineManager, policy, SlaTarget.INVESTIGATION, now, investigationDue);
    }

    @CommandHandler
    public void handle(ContactCustomer command, Clock clock, CustomerVault vault) {
        requireStatus(EnumSet.of(ComplaintStatus.FORWARDED, ComplaintStatus.REOPENED),
                "the department head contacts the customer after the complaint is forwarded, or again after a reopen");
        Instant now = clock.instant();
        apply(new CustomerContacted(complaintId, command.contactedBy(), personal(command.proposedSolution(), vault), now,
                !now.isAfter(deadlines.contactDueAt()), !now.isAfter(deadlines.contactHardLimitAt()),
                replyVerdict(now)));
    }

    @CommandHandler
    public void handle(RecordHandlerOnSite command, Clock clock) {
        if (urgency != Urgency.URGENT) {
            throw new RuleViolation("urgency", "only urgent complaints need a handler on site");
        }
        requireStatus(OPEN, "the complaint is no longer open");
        if (onSite) {
            throw new OutOfOrder("a handler is already on site");
        }
        Instant now = clock.instant();
        apply(new HandlerArrivedOnSite(complaintId, command.handlerId(), now, !now.isAfter(deadlines.onSiteDueAt())));
    }

    @CommandHandler
    public void handle(NameComplaintHandler command, Clock clock) {
        requireStatus(BEING_HANDLED, "a handler is named once the complaint is forwarded and until it is resolved");
        apply(new ComplaintHandlerNamed(complaintId, command.handlerId(), clock.instant()));
    }

    @CommandHandler
    public void handle(ResolveComplaint command, PolicyProvider policies, Clock clock,
                       DeadlineManager deadlineManager, CustomerVault vault) {
        requireStatus(EnumSet.of(ComplaintStatus.CONTACTED, ComplaintStatus.IN_HANDLING, ComplaintStatus.REOPENED),
                "a complaint is resolved after the customer was contacted");
        if (handlerId == null) {
            throw new OutOfOrder("name a handler before resolving the complaint");
        }
        ComplaintPolicy policy = policyOf(policies);
        Instant now = clock.instant();
        Instant callbackDue = policy.callbackDueAt(now);
        apply(new ComplaintResolved(complaintId, handlerId, personal(command.resolution(), vault), now,
                !now.isAfter(deadlines.resolutionDueAt()), callbackDue));
        schedule(deadlineManager, policy, SlaTarget.CALLBACK, now, callbackDue);
    }

    @CommandHandler
    public void handle(RejectSolution command, PolicyProvider policies, Clock clock, CustomerVault vault) {
        requireStatus(EnumSet.of(ComplaintStatus.CONTACTED, ComplaintStatus.IN_HANDLING, ComplaintStatus.RESOLVED),
                "there is no proposed solution to reject");
        Instant now = clock.instant();
        apply(new SolutionRejected(complaintId, personal(command.reason(), vault), now));
        escalateOnRejections(policies, now);
    }

    @CommandHandler
    public void handle(RecordCallback command, PolicyProvider policies, Clock clock, DeadlineManager deadlineManager,
                       CustomerVault vault, Directory directory) {
        if (command.satisfaction() < 1 || command.satisfaction() > 5) {
            throw new RuleViolation("satisfaction", "satisfaction is scored 1 to 5");
        }
        requireStatus(EnumSet.of(ComplaintStatus.RESOLVED), "the callback follows the resolution");
        ComplaintPolicy policy = policyOf(policies);
        Instant now = clock.instant();
        // the customer satisfied, the department head reports the result the same day (002 第4篇 六.1)
        Instant reportDue = command.solutionAccepted() ? policy.resultReportDueAt(now) : null;
        apply(new CallbackRecorded(complaintId, command.satisfaction(), command.solutionAccepted(),
                personal(command.comment(), vault), now, !now.isAfter(callbackDueAt), reportDue,
                complainingDepartmentHead(directory, now)));
        if (reportDue != null) {
            schedule(deadlineManager, policy, SlaTarget.RESULT_REPORT, now, reportDue);
        }
        if (!command.solutionAccepted()) {
            escalateOnRejections(policies, now);
        }
    }

    /**
     * Who answers a department complaint's callback in place of a customer: the complaining department's head
     * (the first appointed, when several hold it); null for a customer's complaint.
     */
    private String complainingDepartmentHead(Directory directory, Instant now) {
        if (complainingDepartment == null) {
            return null;
        }
        return directory.holdersAt(subsidiaryId, UnitPosition.DEPARTMENT_HEAD, complainingDepartment.departmentId(),
                now).stream().findFirst().orElseThrow(() -> new RuleViolation("complainingDepartmentId",
                "the complaining department " + complainingDepartment.departmentId() + " has no head in the "
                        + "directory to answer the callback: appoint one first"));
    }

    @CommandHandler
    public void handle(VerifyComplaint command, Clock clock, Directory directory, CustomerVault vault,
                       PolicyProvider policies) {
        requireStatus(EnumSet.of(ComplaintStatus.CALLED_BACK, ComplaintStatus.CLOSED_UNRESOLVED),
                "verification follows the callback in which the customer accepted the solution, or the close as "
                        + "unresolved");
        boolean blamesSomeone = command.misconduct() == MisconductCategory.ATTITUDE
                || command.misconduct() == MisconductCategory.QUARREL;
        if (blamesSomeone && (command.responsibleStaffId() == null || command.responsibleStaffId().isBlank())) {
            throw new RuleViolation("responsibleStaffId", "misconduct must name the responsible staff member");
        }
        var chain = directory.chainOf(command.responsibleStaffId(), receivedAt).orElse(null);
        var grade = TieredChoice.check(command, blamesSomeone,
                policies.scoringPolicyAt(chain != null ? chain.subsidiaryId() : subsidiaryId, receivedAt));
        apply(new ComplaintVerified(complaintId, command.responsibleStaffId(), command.misconduct(),
                personal(command.findings(), vault), clock.instant(), receivedAt, chain, grade,
                command.behaviour(), command.points()));
    }

    @CommandHandler
    public void handle(ArchiveComplaint command, Clock clock) {
        requireStatus(EnumSet.of(ComplaintStatus.VERIFIED, ComplaintStatus.DISMISSED),
                "only a verified or dismissed complaint is archived");
        apply(new ComplaintArchived(complaintId, clock.instant()));
    }

    /**
     * The way out when further coordination fails (001 §3.3 item 4): once escalated, the last proposed solution stands
     * by the decision of a verifier, with the reason; scoring then follows verification as for any complaint.
     */
    @CommandHandler
    public void handle(CloseComplaintUnresolved command, Clock clock, CustomerVault vault) {
        requireStatus(UNACCEPTED, "only a complaint with a proposed solution the customer has not accepted is "
                + "closed unresolved");
        if (!escalated) {
            throw new OutOfOrder("Complaint " + complaintId + " is not escalated: it is closed unresolved only after "
                    + "the policy's rejections or time without an accepted solution");
        }
        apply(new ComplaintClosedUnresolved(complaintId, command.decidedBy(), lastSolution,
                personal(command.reason(), vault), rejections, clock.instant()));
    }

    /**
     * The time limit without an accepted solution: warned of at the policy's percents while no solution is accepted,
     * and once passed, management takes the complaint over.
     */
    @DeadlineHandler(deadlineName = EscalationTimer.DEADLINE_NAME)
    public void on(EscalationTimer timer, Clock clock, DeadlineManager deadlineManager) {
        if (escalated || !(OPEN.contains(status) || status == ComplaintStatus.RESOLVED)) {
            return;
        }
        if (timer.escalates()) {
            apply(new ComplaintEscalated(complaintId, EscalationCause.TIME_LIMIT, rejections, timer.threshold(),
                    EscalationLevel.MANAGEMENT, clock.instant()));
            return;
        }
        if (!escalationWarnings.contains(timer.percent())) {
            apply(new ComplaintEscalationWarningRaised(complaintId, timer.percent(), timer.dueAt(), rejections,
                    clock.instant()));
            schedule(deadlineManager, timer.next());
        }
    }

    private static void schedule(DeadlineManager deadlineManager, EscalationTimer timer) {
        deadlineManager.schedule(timer.firesAt(), EscalationTimer.DEADLINE_NAME, timer);
    }

    private void escalateOnRejections(PolicyProvider policies, Instant now) {
        int threshold = policyOf(policies).escalateAfterRejections();
        if (!escalated && rejections >= threshold) {
            apply(new ComplaintEscalated(complaintId, EscalationCause.REPEATED_REJECTION, rejections, threshold,
                    EscalationLevel.MANAGEMENT, now));
        }
    }

    /** 001 §3.3 item 2: once, any time after forwarding until the case is archived. */
    @CommandHandler
    public void handle(ReturnInvestigationResult command, PolicyProvider policies, Clock clock,
                       DeadlineManager deadlineManager, CustomerVault vault) {
        requireStatus(FORWARDED_UNTIL_ARCHIVED, "the department investigates a complaint forwarded to it");
        if (investigationReturned) {
            throw new OutOfOrder("the investigation result was already returned");
        }
        ComplaintPolicy policy = policyOf(policies);
        Instant now = clock.instant();
        Instant solutionDue = policy.solutionDueAt(now);
        apply(new InvestigationResultReturned(complaintId, personal(command.findings(), vault), now,
                withinDue(investigationDueAt, now), solutionDue));
        schedule(deadlineManager, policy, SlaTarget.SOLUTION, now, solutionDue);
    }

    /** 001 §3.3 item 3, from the investigation result; again, adjusted, when the customer does not accept it. */
    @CommandHandler
    public void handle(ReturnSolution command, Clock clock, CustomerVault vault) {
        requireStatus(FORWARDED_UNTIL_ARCHIVED, "the department returns its solution for a complaint forwarded to it");
        if (!investigationReturned) {
            throw new OutOfOrder("the solution is drawn up from the investigation result: return that first");
        }
        Instant now = clock.instant();
        apply(new SolutionReturned(complaintId, personal(command.solution(), vault), now,
                withinDue(solutionDueAt, now)));
    }

    /** 002 第4篇 六.1: after the callback in which the customer accepted the handling, once. */
    @CommandHandler
    public void handle(ReportComplaintResult command, Clock clock, CustomerVault vault) {
        requireStatus(EnumSet.of(ComplaintStatus.CALLED_BACK, ComplaintStatus.VERIFIED),
                "the result is reported once the customer accepted the handling");
        if (resultReported) {
            throw new OutOfOrder("the result was already reported");
        }
        Instant now = clock.instant();
        apply(new ComplaintResultReported(complaintId, personal(command.result(), vault), now,
                withinDue(resultReportDueAt, now)));
    }

    /** 002 第4篇 六.2: from the reported result, once, before the case is archived. */
    @CommandHandler
    public void handle(RecordComplaintOutcome command, Clock clock, CustomerVault vault) {
        if (command.evaluation() < 1 || command.evaluation() > 5) {
            throw new RuleViolation("evaluation", "the handling is evaluated 1 to 5");
        }
        requireStatus(EnumSet.of(ComplaintStatus.CALLED_BACK, ComplaintStatus.VERIFIED),
                "the final result is recorded before the case is archived");
        if (!resultReported) {
            throw new OutOfOrder("the department head reports the result first");
        }
        if (outcomeRecorded) {
            throw new OutOfOrder("the final result is already on record");
        }
        apply(new ComplaintOutcomeRecorded(complaintId, personal(command.finalResult(), vault),
                command.evaluation(), clock.instant()));
    }

    /** The reply verdict of the first answer to a complainant who is owed one; null when none is owed. */
    private Boolean replyVerdict(Instant now) {
        if (deadlines.replyDueAt() == null || metTargets.containsKey(SlaTarget.REPLY)) {
            return null;
        }
        return !now.isAfter(deadlines.replyDueAt());
    }

    /** On time against a due time fixed earlier; a case from before the target existed has none and is on time. */
    private static boolean withinDue(Instant due, Instant now) {
        return due == null || !now.isAfter(due);
    }

    /** Evidence and documents in any status until archived: archiving closes the case "with all documents". */
    @CommandHandler
    public String handle(AddComplaintAttachment command, Clock clock, CustomerVault vault) {
        if (status == ComplaintStatus.ARCHIVED) {
            throw new OutOfOrder("Complaint " + complaintId + " is archived: its documents are closed");
        }
        return attachments.add(complaintId, command.attachment(), customer == null ? null : customer.customerId(),
                subsidiaryId, vault, clock);
    }

    /**
     * Erasure is allowed in any status, archived too: the case and its figures stay, the person goes.
     *
     * @return the hashes of the case's files, for the erasure to delete from the blob store (every time: a repeated
     *         erasure finishes a deletion a crash interrupted)
     */
    @CommandHandler
    public List<String> handle(EraseComplaintCustomer command, Clock clock) {
        if (customerErased || customer == null) {
            return attachments.hashes();
        }
        if (!customer.customerId().equals(command.customerId())) {
            throw new RuleViolation("customerId", "Complaint " + complaintId + " names another customer");
        }
        apply(new CustomerErased(complaintId, customer.customerId(), clock.instant(), command.reason()));
        return attachments.hashes();
    }

    /** A clear read of the contact, recorded in the case's own stream with its purpose (and the reader). */
    @CommandHandler
    public DisclosedCustomer handle(DiscloseComplaintCustomer command, CustomerVault vault, Clock clock) {
        if (complainingDepartment != null) {
            throw new RuleViolation("complaintId", "Complaint " + complaintId + " is a department's: it names no "
                    + "customer");
        }
        if (customerErased || customer == null) {
            throw new ContactErased("The customer of complaint " + complaintId + " was erased");
        }
        CustomerContact clear = vault.reveal(customer);
        apply(new CustomerContactDisclosed(complaintId, customer.customerId(), command.purpose(), clock.instant()));
        return new DisclosedCustomer(customer.customerId(), clear.name(), clear.phone(), clear.email());
    }

    /** Free text as the event stores it: the personal data in it sealed under the customer's key (or dropped). */
    private String personal(String text, CustomerVault vault) {
        return vault.protectText(text, customer == null ? null : customer.customerId(), subsidiaryId);
    }

    /** Warns before, and records the breach at, each target that is still unmet when its timer fires. */
    @DeadlineHandler(deadlineName = SlaCheckpoint.DEADLINE_NAME)
    public void on(SlaCheckpoint checkpoint, Clock clock, DeadlineManager deadlineManager) {
        if (!isPending(checkpoint) || firedCheckpoints.contains(checkpoint.key())) {
            return;
        }
        Instant now = clock.instant();
        if (checkpoint.isBreach()) {
            apply(new ComplaintSlaBreached(complaintId, checkpoint.target(), checkpoint.dueAt(), now,
                    checkpoint.target().breachEscalation()));
        } else {
            apply(new ComplaintSlaWarningRaised(complaintId, checkpoint.target(), checkpoint.percent(),
                    checkpoint.dueAt(), now, EscalationLevel.DEPARTMENT_HEAD));
            schedule(deadlineManager, checkpoint.next());
        }
    }

    private boolean isPending(SlaCheckpoint checkpoint) {
        if (DEPARTMENT_DUTIES.contains(checkpoint.target())) {
            // owed by the department whatever the customer's side reached: a case verified or archived without it
            // has missed it, so its breach is recorded (and counted) all the same; only a dismissal releases it
            if (status == ComplaintStatus.DISMISSED) {
                return false;
            }
        } else if (!OPEN.contains(status) && status != ComplaintStatus.RESOLVED) {
            return false;
        }
        if (metTargets.containsKey(checkpoint.target())) {
            return false;
        }
        return checkpoint.dueAt().equals(currentDueAt(checkpoint.target()));
    }

    private Instant currentDueAt(SlaTarget target) {
        return switch (target) {
            case CONTACT -> deadlines.contactDueAt();
            case CONTACT_HARD_LIMIT -> deadlines.contactHardLimitAt();
            case ON_SITE -> deadlines.onSiteDueAt();
            case RESOLUTION -> deadlines.resolutionDueAt();
            case CALLBACK -> callbackDueAt;
            case INVESTIGATION -> investigationDueAt;
            case SOLUTION -> solutionDueAt;
            case RESULT_REPORT -> resultReportDueAt;
            case REPLY -> deadlines.replyDueAt();
        };
    }

    private ComplaintPolicy policyOf(PolicyProvider policies) {
        // the zone and calendar of the subsidiary; due times already fixed stay as they were
        return policies.complaintPolicy(subsidiaryId);
    }

    private static void schedule(DeadlineManager deadlineManager, ComplaintPolicy policy, SlaTarget target,
                                 Instant start, Instant due) {
        schedule(deadlineManager, SlaCheckpoint.first(target, start, due, policy.warningPercents()));
    }

    private static void schedule(DeadlineManager deadlineManager, SlaCheckpoint checkpoint) {
        // the scheduling command's correlation id comes with it (MDC), so a case's timers can be traced to it
        log.debug("SLA checkpoint {} at {}% due {}", checkpoint.target(), checkpoint.percent(), checkpoint.firesAt());
        deadlineManager.schedule(checkpoint.firesAt(), SlaCheckpoint.DEADLINE_NAME, checkpoint);
    }

    private void requireStatus(Set<ComplaintStatus> allowed, String rule) {
        if (!allowed.contains(status)) {
            throw new OutOfOrder("Complaint " + complaintId + " is " + status + ": " + rule);
        }
    }

    @Override
    public OrgUnit orgUnit() {
        return subsidiaryId == null ? null : new OrgUnit(subsidiaryId, departmentId);
    }

    // --- state, from events only ---

    @EventSourcingHandler
    void on(ComplaintReceived event) {
        complaintId = event.complaintId();
        status = ComplaintStatus.RECEIVED;
        urgency = event.urgency();
        receivedAt = event.receivedAt();
        deadlines = event.deadlines();
        subsidiaryId = event.complainedAbout().subsidiaryId();
        departmentId = event.complainedAbout().departmentId();
        customer = event.customer();
        complainingDepartment = event.complainingDepartment();
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
    void on(ComplaintDismissed event) {
        status = ComplaintStatus.DISMISSED;
        if (event.withinReplyTarget() != null) {
            metTargets.put(SlaTarget.REPLY, event.dismissedAt());
        }
    }

    @EventSourcingHandler
    void on(ComplaintForwarded event) {
        status = ComplaintStatus.FORWARDED;
        departmentId = event.departmentId();
        investigationDueAt = event.investigationDueAt();
    }

    @EventSourcingHandler
    void on(CustomerContacted event) {
        status = handlerId == null ? ComplaintStatus.CONTACTED : ComplaintStatus.IN_HANDLING;
        if (!contacted) {
            metTargets.put(SlaTarget.CONTACT, event.contactedAt());
            metTargets.put(SlaTarget.CONTACT_HARD_LIMIT, event.contactedAt());
        }
        contacted = true;
        lastSolution = event.proposedSolution();
        if (event.withinReplyTarget() != null) {
            metTargets.put(SlaTarget.REPLY, event.contactedAt());
        }
    }

    @EventSourcingHandler
    void on(HandlerArrivedOnSite event) {
        onSite = true;
        metTargets.put(SlaTarget.ON_SITE, event.arrivedAt());
    }

    @EventSourcingHandler
    void on(ComplaintHandlerNamed event) {
        handlerId = event.handlerId();
        if (status == ComplaintStatus.CONTACTED || status == ComplaintStatus.REOPENED) {
            status = ComplaintStatus.IN_HANDLING;
        }
    }

    @EventSourcingHandler
    void on(ComplaintResolved event) {
        status = ComplaintStatus.RESOLVED;
        callbackDueAt = event.callbackDueAt();
        metTargets.remove(SlaTarget.CALLBACK);
        if (!resolvedOnce) {
            metTargets.put(SlaTarget.RESOLUTION, event.resolvedAt());
        }
        resolvedOnce = true;
        lastSolution = event.resolution();
    }

    @EventSourcingHandler
    void on(SolutionRejected event) {
        status = ComplaintStatus.REOPENED;
        rejections++;
    }

    @EventSourcingHandler
    void on(CallbackRecorded event) {
        metTargets.put(SlaTarget.CALLBACK, event.calledBackAt());
        status = event.solutionAccepted() ? ComplaintStatus.CALLED_BACK : ComplaintStatus.REOPENED;
        if (!event.solutionAccepted()) {
            rejections++;
        }
        if (event.resultReportDueAt() != null) {
            resultReportDueAt = event.resultReportDueAt();
        }
    }

    @EventSourcingHandler
    void on(ComplaintVerified event) {
        status = ComplaintStatus.VERIFIED;
    }

    @EventSourcingHandler
    void on(ComplaintArchived event) {
        status = ComplaintStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(InvestigationResultReturned event) {
        investigationReturned = true;
        metTargets.put(SlaTarget.INVESTIGATION, event.returnedAt());
        solutionDueAt = event.solutionDueAt();
    }

    @EventSourcingHandler
    void on(SolutionReturned event) {
        metTargets.putIfAbsent(SlaTarget.SOLUTION, event.returnedAt());
    }

    @EventSourcingHandler
    void on(ComplaintResultReported event) {
        resultReported = true;
        metTargets.put(SlaTarget.RESULT_REPORT, event.reportedAt());
    }

    @EventSourcingHandler
    void on(ComplaintOutcomeRecorded event) {
        outcomeRecorded = true;
    }

    @EventSourcingHandler
    void on(ComplaintSlaWarningRaised event) {
        firedCheckpoints.add(SlaCheckpoint.key(event.target(), event.percentElapsed(), event.dueAt()));
    }

    @EventSourcingHandler
    void on(ComplaintSlaBreached event) {
        firedCheckpoints.add(SlaCheckpoint.key(event.target(), SlaCheckpoint.BREACH, event.dueAt()));
    }

    @EventSourcingHandler
    void on(ComplaintEscalated event) {
        escalated = true;
    }

    @EventSourcingHandler
    void on(ComplaintEscalationWarningRaised event) {
        escalationWarnings.add(event.percentElapsed());
    }

    @EventSourcingHandler
    void on(ComplaintClosedUnresolved event) {
        status = ComplaintStatus.CLOSED_UNRESOLVED;
    }

    // --- raising a major complaint to an incident (000 §8 (一): 重大客戶投訴) ---

    /** An open complaint is raised once; the incident is declared from the event (IncidentRelay). */
    @CommandHandler
    public String handle(RaiseComplaintToIncident command, Clock clock) {
        requireStatus(OPEN, "only an open complaint is raised to an incident");
        if (incidentId != null) {
            throw new OutOfOrder("Complaint " + complaintId + " was already raised to incident " + incidentId);
        }
        apply(new ComplaintRaisedToIncident(complaintId, command.incidentId(),
                command.severity(), orgUnit(), clock.instant()));
        return command.incidentId();
    }

    @EventSourcingHandler
    void on(ComplaintRaisedToIncident event) {
        incidentId = event.incidentId();
    }
}
