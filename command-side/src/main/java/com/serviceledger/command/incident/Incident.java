package com.serviceledger.command.incident;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.incident.ActivateEmergencyPlan;
import com.serviceledger.kernel.incident.DeclareIncident;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanActivated;
import com.serviceledger.kernel.incident.EmergencyPlanId;
import com.serviceledger.kernel.incident.IncidentDeadline;
import com.serviceledger.kernel.incident.IncidentDeadlineBreached;
import com.serviceledger.kernel.incident.IncidentDeadlineWarningRaised;
import com.serviceledger.kernel.incident.IncidentDeclared;
import com.serviceledger.kernel.incident.IncidentReported;
import com.serviceledger.kernel.incident.IncidentResolved;
import com.serviceledger.kernel.incident.IncidentReviewed;
import com.serviceledger.kernel.incident.IncidentStatus;
import com.serviceledger.kernel.incident.RecordSupport;
import com.serviceledger.kernel.incident.ReportIncident;
import com.serviceledger.kernel.incident.RequestSupport;
import com.serviceledger.kernel.incident.ResolveIncident;
import com.serviceledger.kernel.incident.ReviewIncident;
import com.serviceledger.kernel.incident.SupportRecorded;
import com.serviceledger.kernel.incident.SupportRequested;
import com.serviceledger.kernel.policy.IncidentPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.platform.privacy.CustomerVault;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A service emergency (000 §8 (三), 001 §7 (三)): declared, the plan in force activated at once, reported to the
 * superiors within the policy's time, support requested and recorded, resolved, then reviewed within the policy's
 * time. Free texts are stored with any personal data dropped: an incident names no customer.
 */
@Aggregate
public class Incident implements InUnit {

    @AggregateIdentifier
    private String incidentId;
    private OrgUnit unit;
    private EmergencyKind kind;
    private IncidentStatus status;
    private Instant reportDueAt;
    private Instant reviewDueAt;
    private boolean reported;
    private boolean planActivated;
    private int supportRequests;
    private final Set<Integer> supportRecorded = new HashSet<>();
    private final Set<String> firedTimers = new HashSet<>();

    protected Incident() {
        // for Axon's event sourcing, and for creating the incident on its declaration
    }

    /** Declaring an existing incident changes nothing: the complaint relay resends when delivery repeats. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(DeclareIncident command, PolicyProvider policies, PlansInForce plans, Clock clock,
                         DeadlineManager deadlineManager, CustomerVault vault) {
        if (incidentId != null) {
            return incidentId;
        }
        String subsidiary = command.unit().subsidiaryId();
        IncidentPolicy policy = policies.incidentPolicy(subsidiary);
        String description = vault.protectText(command.description(), null, subsidiary);
        Instant now = clock.instant();
        Instant reportDue = policy.reportDueAt(now);
        apply(new IncidentDeclared(command.incidentId(), command.unit(), command.kind(), command.severity(),
                description, command.complaintId(), now, reportDue, policy.version(),
                policies.complaintPolicy(subsidiary).zone().getId()));
        schedule(deadlineManager, EmergencyTimer.first(IncidentDeadline.REPORT.name(), now, reportDue,
                policy.warningPercents()));
        // 立即啟動應急預案: the plan in force, if the unit has one for this kind, is activated with the declaration
        activate(plans, now);
        return incidentId;
    }

    /** For an incident declared while no plan was in force for its kind: activates the one published since. */
    @CommandHandler
    public void handle(ActivateEmergencyPlan command, PlansInForce plans, Clock clock) {
        requireStatus(IncidentStatus.DECLARED, "a plan is activated while the incident is being handled");
        if (planActivated) {
            throw new OutOfOrder("the emergency plan of incident " + incidentId + " is already activated");
        }
        if (!activate(plans, clock.instant())) {
            throw new RuleViolation("kind", "subsidiary " + unit.subsidiaryId() + " has no emergency plan for "
                    + kind + " in force");
        }
    }

    @CommandHandler
    public void handle(ReportIncident command, Clock clock, CustomerVault vault) {
        if (status == IncidentStatus.REVIEWED) {
            throw new OutOfOrder("incident " + incidentId + " is already reviewed");
        }
        if (reported) {
            throw new OutOfOrder("incident " + incidentId + " was already reported to the superiors");
        }
        Instant now = clock.instant();
        apply(new IncidentReported(incidentId, command.reportedTo(), text(command.summary(), vault), now,
                !now.isAfter(reportDueAt)));
    }

    @CommandHandler
    public void handle(RequestSupport command, Clock clock, CustomerVault vault) {
        requireStatus(IncidentStatus.DECLARED, "support is requested while the incident is being handled");
        apply(new SupportRequested(incidentId, supportRequests + 1, command.requestedFrom(),
                text(command.need(), vault), clock.instant()));
    }

    @CommandHandler
    public void handle(RecordSupport command, Clock clock, CustomerVault vault) {
        if (command.requestNo() < 1 || command.requestNo() > supportRequests) {
            throw new RuleViolation("requestNo", "incident " + incidentId + " has no support request "
                    + command.requestNo());
        }
        if (supportRecorded.contains(command.requestNo())) {
            throw new OutOfOrder("the support of request " + command.requestNo() + " is already recorded");
        }
        apply(new SupportRecorded(incidentId, command.requestNo(), text(command.provided(), vault),
                clock.instant()));
    }

    @CommandHandler
    public void handle(ResolveIncident command, PolicyProvider policies, Clock clock,
                       DeadlineManager deadlineManager, CustomerVault vault) {
        requireStatus(IncidentStatus.DECLARED, "an incident is resolved once");
        if (!reported) {
            throw new OutOfOrder("report incident " + incidentId + " to the superiors before resolving it");
        }
        IncidentPolicy policy = policies.incidentPolicy(unit.subsidiaryId());
        Instant now = clock.instant();
        Instant reviewDue = policy.reviewDueAt(now);
        apply(new IncidentResolved(incidentId, text(command.resolution(), vault), now, reviewDue));
        schedule(deadlineManager, EmergencyTimer.first(IncidentDeadline.REVIEW.name(), now, reviewDue,
                policy.warningPercents()));
    }

    @CommandHandler
    public void handle(ReviewIncident command, Clock clock, CustomerVault vault) {
        requireStatus(IncidentStatus.RESOLVED, "the review follows the resolution, once");
        Instant now = clock.instant();
        apply(new IncidentReviewed(incidentId, text(command.findings(), vault),
                command.improvementActions().stream().map(action -> text(action, vault)).toList(), now,
                !now.isAfter(reviewDueAt)));
    }

    /** Warns before, and records the breach at, a report or review still due when its timer fires. */
    @DeadlineHandler(deadlineName = EmergencyTimer.INCIDENT)
    public void on(EmergencyTimer timer, Clock clock, DeadlineManager deadlineManager) {
        IncidentDeadline deadline = IncidentDeadline.valueOf(timer.subject());
        if (!isDue(deadline) || firedTimers.contains(timer.key())) {
            return;
        }
        Instant now = clock.instant();
        if (timer.isBreach()) {
            apply(new IncidentDeadlineBreached(incidentId, unit, deadline, timer.dueAt(), now));
        } else {
            apply(new IncidentDeadlineWarningRaised(incidentId, unit, deadline, timer.percent(), timer.dueAt(),
                    now));
            schedule(deadlineManager, timer.next());
        }
    }

    private boolean isDue(IncidentDeadline deadline) {
        return switch (deadline) {
            case REPORT -> !reported && status != IncidentStatus.REVIEWED;
            case REVIEW -> status == IncidentStatus.RESOLVED;
        };
    }

    /** Activates the plan in force for the unit and kind, if there is one. */
    private boolean activate(PlansInForce plans, Instant now) {
        String planId = EmergencyPlanId.of(unit.subsidiaryId(), kind);
        return plans.versionInForce(planId).map(version -> {
            apply(new EmergencyPlanActivated(incidentId, planId, version, now));
            return true;
        }).orElse(false);
    }

    private String text(String text, CustomerVault vault) {
        return vault.protectText(text, null, unit.subsidiaryId());
    }

    private void requireStatus(IncidentStatus allowed, String rule) {
        if (status != allowed) {
            throw new OutOfOrder("Incident " + incidentId + " is " + status + ": " + rule);
        }
    }

    private static void schedule(DeadlineManager deadlineManager, EmergencyTimer timer) {
        deadlineManager.schedule(timer.firesAt(), EmergencyTimer.INCIDENT, timer);
    }

    @Override
    public OrgUnit orgUnit() {
        return unit;
    }

    // --- state, from events only ---

    @EventSourcingHandler
    void on(IncidentDeclared event) {
        incidentId = event.incidentId();
        unit = event.unit();
        kind = event.kind();
        status = IncidentStatus.DECLARED;
        reportDueAt = event.reportDueAt();
    }

    @EventSourcingHandler
    void on(EmergencyPlanActivated event) {
        planActivated = true;
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        reported = true;
    }

    @EventSourcingHandler
    void on(SupportRequested event) {
        supportRequests = event.requestNo();
    }

    @EventSourcingHandler
    void on(SupportRecorded event) {
        supportRecorded.add(event.requestNo());
    }

    @EventSourcingHandler
    void on(IncidentResolved event) {
        status = IncidentStatus.RESOLVED;
        reviewDueAt = event.reviewDueAt();
    }

    @EventSourcingHandler
    void on(IncidentReviewed event) {
        status = IncidentStatus.REVIEWED;
    }

    @EventSourcingHandler
    void on(IncidentDeadlineWarningRaised event) {
        firedTimers.add(EmergencyTimer.key(event.deadline().name(), event.percentElapsed()));
    }

    @EventSourcingHandler
    void on(IncidentDeadlineBreached event) {
        firedTimers.add(EmergencyTimer.key(event.deadline().name(), EmergencyTimer.BREACH));
    }
}
