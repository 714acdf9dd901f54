package com.serviceledger.command.improvement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.improvement.CheckImprovementEffect;
import com.serviceledger.kernel.improvement.CompleteImprovementAction;
import com.serviceledger.kernel.improvement.ImprovementActionCompleted;
import com.serviceledger.kernel.improvement.ImprovementActionOverdue;
import com.serviceledger.kernel.improvement.ImprovementActionRaised;
import com.serviceledger.kernel.improvement.ImprovementActionWarningRaised;
import com.serviceledger.kernel.improvement.ImprovementEffectChecked;
import com.serviceledger.kernel.improvement.ImprovementProgressReported;
import com.serviceledger.kernel.improvement.ImprovementStatus;
import com.serviceledger.kernel.improvement.RaiseImprovementAction;
import com.serviceledger.kernel.improvement.ReportImprovementProgress;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.policy.ComplaintPolicy;
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
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An improvement action (改进措施): after a verified complaint, a unit's evaluation, a quality month or an incident
 * review, a measure with its owner (责任人) and due date (时间节点) — 000 §5.4 item 2, 001 §3.3 item 5, §5.2 item 2.
 * Progress is reported, it is done, and its effect is checked (持续改进, 000 §1.3.3): not effective, it is reopened
 * with a new due date. Warned before, and overdue at, the due date under the policy's warning shares.
 */
@Aggregate
public class ImprovementAction implements InUnit {

    @AggregateIdentifier
    private String actionId;
    private OrgUnit unit;
    private String ownerId;
    private ImprovementStatus status;
    private Instant dueAt;
    private List<Integer> warningPercents;
    private final Set<String> firedCheckpoints = new HashSet<>();

    protected ImprovementAction() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public ImprovementAction(RaiseImprovementAction command, ImprovementCauses causes, Directory directory,
                             PolicyProvider policies, Clock clock, CustomerVault vault,
                             DeadlineManager deadlineManager) {
        Instant now = clock.instant();
        if (!command.dueAt().isAfter(now)) {
            throw new RuleViolation("dueAt", "the due date must lie in the future");
        }
        OrgUnit raisedIn = command.orgUnit();
        if (raisedIn.departmentId() != null) {
            String ownerDepartment = directory.chainOf(command.ownerId(), now).map(StaffChain::departmentId)
                    .orElse(null);
            if (!raisedIn.departmentId().equals(ownerDepartment)) {
                throw new RuleViolation("ownerId", "the owner must be staff of department " + raisedIn.departmentId());
            }
        }
        causes.requireValid(command.cause(), raisedIn);
        ComplaintPolicy policy = policies.complaintPolicy(command.subsidiaryId());
        apply(new ImprovementActionRaised(command.actionId(), raisedIn, command.cause(),
                vault.protectText(command.measure(), null, command.subsidiaryId()), command.ownerId(), now,
                command.dueAt(), policy.zone().getId(), policy.warningPercents(), policy.version()));
        schedule(deadlineManager, ImprovementCheckpoint.first(now, command.dueAt(), policy.warningPercents()));
    }

    @CommandHandler
    public void handle(ReportImprovementProgress command, Clock clock, CustomerVault vault) {
        requireStatus(ImprovementStatus.OPEN, "progress is reported while the action is open");
        apply(new ImprovementProgressReported(actionId, unit, text(command.note(), vault), clock.instant()));
    }

    @CommandHandler
    public void handle(CompleteImprovementAction command, Clock clock, CustomerVault vault) {
        requireStatus(ImprovementStatus.OPEN, "only an open action is done");
        Instant now = clock.instant();
        apply(new ImprovementActionCompleted(actionId, unit, ownerId, text(command.note(), vault), now, dueAt,
                !now.isAfter(dueAt)));
    }

    @CommandHandler
    public void handle(CheckImprovementEffect command, Clock clock, CustomerVault vault,
                       DeadlineManager deadlineManager) {
        requireStatus(ImprovementStatus.DONE, "the effect is checked once the action is done");
        Instant now = clock.instant();
        if (command.effective() && command.newDueAt() != null) {
            throw new RuleViolation("newDueAt", "an effective action is closed: it gets no new due date");
        }
        if (!command.effective() && (command.newDueAt() == null || !command.newDueAt().isAfter(now))) {
            throw new RuleViolation("newDueAt", "an action found not effective is reopened with a future due date");
        }
        apply(new ImprovementEffectChecked(actionId, unit, command.effective(), text(command.note(), vault), now,
                command.newDueAt()));
        if (!command.effective()) {
            schedule(deadlineManager, ImprovementCheckpoint.first(now, command.newDueAt(), warningPercents));
        }
    }

    /** Warns before, and records the breach at, a due date still open when its timer fires. */
    @DeadlineHandler(deadlineName = ImprovementCheckpoint.DEADLINE_NAME)
    public void on(ImprovementCheckpoint checkpoint, Clock clock, DeadlineManager deadlineManager) {
        if (status != ImprovementStatus.OPEN || !checkpoint.dueAt().equals(dueAt)
                || firedCheckpoints.contains(key(checkpoint.percent(), checkpoint.dueAt()))) {
            return;
        }
        Instant now = clock.instant();
        if (checkpoint.isBreach()) {
            apply(new ImprovementActionOverdue(actionId, unit, ownerId, dueAt, now));
        } else {
            apply(new ImprovementActionWarningRaised(actionId, unit, ownerId, checkpoint.percent(), dueAt, now));
            schedule(deadlineManager, checkpoint.next());
        }
    }

    private String text(String text, CustomerVault vault) {
        // an action names no customer: personal data in its texts is dropped
        return vault.protectText(text, null, unit.subsidiaryId());
    }

    private void requireStatus(ImprovementStatus allowed, String rule) {
        if (status != allowed) {
            throw new OutOfOrder("Improvement action " + actionId + " is " + status + ": " + rule);
        }
    }

    private static void schedule(DeadlineManager deadlineManager, ImprovementCheckpoint checkpoint) {
        deadlineManager.schedule(checkpoint.firesAt(), ImprovementCheckpoint.DEADLINE_NAME, checkpoint);
    }

    private static String key(int percent, Instant dueAt) {
        return percent + "@" + dueAt;
    }

    @Override
    public OrgUnit orgUnit() {
        return unit;
    }

    // --- state, from events only ---

    @EventSourcingHandler
    void on(ImprovementActionRaised event) {
        actionId = event.actionId();
        unit = event.unit();
        ownerId = event.ownerId();
        dueAt = event.dueAt();
        warningPercents = event.warningPercents();
        status = ImprovementStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ImprovementActionCompleted event) {
        status = ImprovementStatus.DONE;
    }

    @EventSourcingHandler
    void on(ImprovementEffectChecked event) {
        if (event.effective()) {
            status = ImprovementStatus.EFFECTIVE;
        } else {
            status = ImprovementStatus.OPEN;
            dueAt = event.reopenedDueAt();
        }
    }

    @EventSourcingHandler
    void on(ImprovementActionWarningRaised event) {
        firedCheckpoints.add(key(event.percentElapsed(), event.dueAt()));
    }

    @EventSourcingHandler
    void on(ImprovementActionOverdue event) {
        firedCheckpoints.add(key(ImprovementCheckpoint.BREACH, event.dueAt()));
    }
}
