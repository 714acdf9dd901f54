package com.serviceledger.command.inspection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.attachment.CaseAttachments;
import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.inspection.AddInspectionAttachment;
import com.serviceledger.kernel.inspection.CheckedItem;
import com.serviceledger.kernel.inspection.InspectionId;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.Inspector;
import com.serviceledger.kernel.inspection.InspectorRole;
import com.serviceledger.kernel.inspection.NonConformity;
import com.serviceledger.kernel.inspection.RecordInspection;
import com.serviceledger.kernel.policy.InspectionPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.platform.privacy.CustomerVault;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A quality inspection (002 第3篇 (1)): the checklist the inspectors filled in, recorded as one form.
 * Checks the team the kind needs and decides, for each failed item, the rectification deadline and
 * overdue penalty under the policy in force.
 */
@Aggregate(cache = "inspectionCache")
public class Inspection implements InUnit {

    @AggregateIdentifier
    private String inspectionId;
    private InspectedUnit unit;
    private final CaseAttachments attachments = new CaseAttachments();

    protected Inspection() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Inspection(RecordInspection command, PolicyProvider policies, Clock clock) {
        requireTeam(command);
        if (command.items().isEmpty()) {
            throw new RuleViolation("items", "an inspection checks at least one standard");
        }
        InspectionPolicy policy = policies.inspectionPolicy(command.unit().subsidiaryId());
        Instant now = clock.instant();
        apply(new InspectionRecorded(command.inspectionId(), command.kind(), command.unit(), command.inspectors(),
                command.items(), nonConformities(command, policy, now), now, policy.zone().getId(),
                policy.monthOf(now).toString(), policy.version()));
    }

    private static void requireTeam(RecordInspection command) {
        Set<InspectorRole> roles = command.inspectors().stream().map(Inspector::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InspectorRole.class)));
        if (!command.kind().isStaffedBy(roles)) {
            throw new RuleViolation("inspectors", "a " + command.kind() + " inspection is made by "
                    + command.kind().requiredTeam() + ", was " + roles);
        }
        String contractor = command.unit().contractorId();
        if (command.kind().needsContractor() && (contractor == null || contractor.isBlank())) {
            throw new RuleViolation("unit.contractorId",
                    "a weekly inspection is made with the contractor's site lead, so it names the contractor");
        }
    }

    private static List<NonConformity> nonConformities(RecordInspection command, InspectionPolicy policy,
                                                       Instant now) {
        List<NonConformity> found = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            CheckedItem item = command.items().get(i);
            if (!item.failed()) {
                continue;
            }
            if (item.workOrderDueAt() != null && !item.workOrderDueAt().isAfter(now)) {
                throw new RuleViolation("items[" + i + "].workOrderDueAt", "a work order's deadline lies ahead");
            }
            int itemNo = i + 1;
            Instant due = policy.rectificationDueAt(item.severity(), now, item.workOrderDueAt());
            found.add(new NonConformity(InspectionId.rectificationId(command.inspectionId(), itemNo), itemNo,
                    item.standardCode(), item.severity(), item.note(), item.responsibleStaffId(), due,
                    policy.warningAt(now, due), policy.overduePenalty()));
        }
        return found;
    }

    /** The inspection's photos and signed forms, any time after it was recorded. */
    @CommandHandler
    public String handle(AddInspectionAttachment command, Clock clock, CustomerVault vault) {
        return attachments.add(inspectionId, command.attachment(), null, unit.subsidiaryId(), vault, clock);
    }

    /** The subsidiary inspected: who may attach to the inspection (the scope check). */
    @Override
    public OrgUnit orgUnit() {
        return unit == null ? null : OrgUnit.subsidiary(unit.subsidiaryId());
    }

    @EventSourcingHandler
    void on(InspectionRecorded event) {
        inspectionId = event.inspectionId();
        unit = event.unit();
    }

    @EventSourcingHandler
    void on(AttachmentAdded event) {
        attachments.on(event);
    }
}
