package com.serviceledger.command.incident;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.incident.DrillEvaluated;
import com.serviceledger.kernel.incident.DrillHeld;
import com.serviceledger.kernel.incident.DrillOverdue;
import com.serviceledger.kernel.incident.DrillPlanned;
import com.serviceledger.kernel.incident.DrillWarningRaised;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanId;
import com.serviceledger.kernel.incident.EmergencyPlanPublished;
import com.serviceledger.kernel.incident.EvaluateDrill;
import com.serviceledger.kernel.incident.PlanDrill;
import com.serviceledger.kernel.incident.PublishEmergencyPlan;
import com.serviceledger.kernel.incident.RecordDrill;
import com.serviceledger.kernel.policy.IncidentPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 * A subsidiary's emergency plan for one kind of emergency (000 §8 (一), 001 §7 (一)) and its drills (000 §8 (二),
 * 001 §7 (二)): each publication a new version, the latest in force; a drill is planned on a date, held and
 * recorded, evaluated, and the revision that follows names it.
 */
@Aggregate
public class EmergencyPlan implements InUnit {

    private enum DrillStage { PLANNED, HELD, EVALUATED }

    @AggregateIdentifier
    private String planId;
    private String subsidiaryId;
    private EmergencyKind kind;
    private int version;
    private final Map<String, DrillStage> drills = new HashMap<>();
    private final Map<String, Instant> drillDueAt = new HashMap<>();
    private final Set<String> answeredDrills = new HashSet<>();
    private final Set<String> firedTimers = new HashSet<>();

    protected EmergencyPlan() {
        // for Axon's event sourcing, and for creating the plan on its first publication
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublishEmergencyPlan command, PolicyProvider policies, Clock clock) {
        if (!EmergencyPlanId.of(command.subsidiaryId(), command.kind()).equals(command.planId())) {
            throw new RuleViolation("kind", "the plan " + command.planId() + " is another subsidiary's or kind's");
        }
        String drillId = command.afterDrillId();
        if (drillId != null) {
            if (drills.get(drillId) != DrillStage.EVALUATED) {
                throw new RuleViolation("afterDrillId", "a revision answers an evaluated drill of this plan");
            }
            if (answeredDrills.contains(drillId)) {
                throw new OutOfOrder("a revision already answered drill " + drillId);
            }
        }
        apply(new EmergencyPlanPublished(command.planId(), command.subsidiaryId(), command.kind(), version + 1,
                command.content(), drillId, clock.instant(),
                policies.complaintPolicy(command.subsidiaryId()).zone().getId()));
        return version;
    }

    @CommandHandler
    public String handle(PlanDrill command, PolicyProvider policies, Clock clock, DeadlineManager deadlineManager) {
        if (drills.containsKey(command.drillId())) {
            throw new OutOfOrder("drill " + command.drillId() + " is already planned");
        }
        Instant now = clock.instant();
        if (!command.scheduledAt().isAfter(now)) {
            throw new RuleViolation("scheduledAt", "a drill is planned for a time to come");
        }
        IncidentPolicy policy = policies.incidentPolicy(subsidiaryId);
        Instant dueAt = policy.drillDueAt(command.scheduledAt());
        apply(new DrillPlanned(planId, command.drillId(), subsidiaryId, kind, version, command.scenario(),
                command.scheduledAt(), dueAt, now, policy.version(),
                policies.complaintPolicy(subsidiaryId).zone().getId()));
        schedule(deadlineManager, EmergencyTimer.first(command.drillId(), now, dueAt, policy.warningPercents()));
        return command.drillId();
    }

    @CommandHandler
    public void handle(RecordDrill command, Clock clock) {
        requireStage(command.drillId(), DrillStage.PLANNED, "a drill is recorded once, after it was planned");
        if (command.participants() < 1) {
            throw new RuleViolation("participants", "a drill that was held had participants");
        }
        Instant now = clock.instant();
        apply(new DrillHeld(planId, command.drillId(), subsidiaryId, command.participants(), command.observations(),
                now, !now.isAfter(drillDueAt.get(command.drillId()))));
    }

    @CommandHandler
    public void handle(EvaluateDrill command, Clock clock) {
        requireStage(command.drillId(), DrillStage.HELD, "a drill is evaluated once, after it was held");
        apply(new DrillEvaluated(planId, command.drillId(), subsidiaryId, command.rating(), command.findings(),
                clock.instant()));
    }

    /** Warns while a planned drill is not recorded, and records it overdue at its due time. */
    @DeadlineHandler(deadlineName = EmergencyTimer.DRILL)
    public void on(EmergencyTimer timer, Clock clock, DeadlineManager deadlineManager) {
        String drillId = timer.subject();
        if (drills.get(drillId) != DrillStage.PLANNED || firedTimers.contains(timer.key())) {
            return;
        }
        Instant now = clock.instant();
        if (timer.isBreach()) {
            apply(new DrillOverdue(planId, drillId, subsidiaryId, timer.dueAt(), now));
        } else {
            apply(new DrillWarningRaised(planId, drillId, subsidiaryId, timer.percent(), timer.dueAt(), now));
            schedule(deadlineManager, timer.next());
        }
    }

    private void requireStage(String drillId, DrillStage stage, String rule) {
        DrillStage current = drills.get(drillId);
        if (current == null) {
            throw new RuleViolation("drillId", "plan " + planId + " has no drill " + drillId);
        }
        if (current != stage) {
            throw new OutOfOrder("drill " + drillId + " is " + current + ": " + rule);
        }
    }

    private static void schedule(DeadlineManager deadlineManager, EmergencyTimer timer) {
        deadlineManager.schedule(timer.firesAt(), EmergencyTimer.DRILL, timer);
    }

    @Override
    public OrgUnit orgUnit() {
        return subsidiaryId == null ? null : OrgUnit.subsidiary(subsidiaryId);
    }

    // --- state, from events only ---

    @EventSourcingHandler
    void on(EmergencyPlanPublished event) {
        planId = event.planId();
        subsidiaryId = event.subsidiaryId();
        kind = event.kind();
        version = event.version();
        if (event.afterDrillId() != null) {
            answeredDrills.add(event.afterDrillId());
        }
    }

    @EventSourcingHandler
    void on(DrillPlanned event) {
        drills.put(event.drillId(), DrillStage.PLANNED);
        drillDueAt.put(event.drillId(), event.dueAt());
    }

    @EventSourcingHandler
    void on(DrillHeld event) {
        drills.put(event.drillId(), DrillStage.HELD);
    }

    @EventSourcingHandler
    void on(DrillEvaluated event) {
        drills.put(event.drillId(), DrillStage.EVALUATED);
    }

    @EventSourcingHandler
    void on(DrillWarningRaised event) {
        firedTimers.add(EmergencyTimer.key(event.drillId(), event.percentElapsed()));
    }

    @EventSourcingHandler
    void on(DrillOverdue event) {
        firedTimers.add(EmergencyTimer.key(event.drillId(), EmergencyTimer.BREACH));
    }
}
