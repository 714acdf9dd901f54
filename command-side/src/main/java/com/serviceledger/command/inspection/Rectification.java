package com.serviceledger.command.inspection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.attachment.CaseAttachments;
import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.inspection.AddRectificationAttachment;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.NonConformity;
import com.serviceledger.kernel.inspection.OwnersCommitteeInformed;
import com.serviceledger.kernel.inspection.RaiseRectification;
import com.serviceledger.kernel.inspection.RecordRectification;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.inspection.RectificationRecorded;
import com.serviceledger.kernel.inspection.RectificationStatus;
import com.serviceledger.kernel.inspection.RectificationWarningRaised;
import com.serviceledger.kernel.inspection.Severity;
import com.serviceledger.kernel.organisation.NamesDirectory;
import com.serviceledger.platform.privacy.CustomerVault;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The rectification of one non-conformity (002 第3篇 (3) 4, 5, 7): a minor one the staff fixes within the
 * hour, a major one a work order (報事單) with its deadline. Fixed in time, or late; unfixed at the
 * deadline it is overdue: penalised, and the owners' committee is told.
 */
@Aggregate(cache = "rectificationCache")
public class Rectification implements InUnit {

    @AggregateIdentifier
    private String rectificationId;
    private InspectedUnit unit;
    private String month;
    private String standardCode;
    private Severity severity;
    private Instant dueAt;
    private BigDecimal overduePenalty;
    private String policyVersion;
    private RectificationStatus status;
    private final CaseAttachments attachments = new CaseAttachments();
    private boolean warned;

    protected Rectification() {
        // for Axon's event sourcing, and for creating the case on its first RaiseRectification
    }

    /** Raising an existing case changes nothing: the command is resent when delivery repeats. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RaiseRectification command, DeadlineManager deadlineManager) {
        if (rectificationId != null) {
            return;
        }
        NonConformity found = command.nonConformity();
        apply(new RectificationRaised(command.rectificationId(), command.inspectionId(), command.inspectionKind(),
                command.unit(), command.month(), command.timeZone(), found.itemNo(), found.standardCode(),
                found.severity(), found.note(), found.responsibleStaffId(), command.inspectedAt(), found.dueAt(),
                found.warningAt(), found.overduePenalty(), command.policyVersion()));
        schedule(deadlineManager, RectificationTimer.first(found.warningAt(), found.dueAt()));
    }

    /** Done late before the deadline's timer ran is still overdue: the penalty does not hang on a timer. */
    /** Staff a command names must be the directory's, of the inspected unit's subsidiary. */
    @CommandHandlerInterceptor
    void checkDirectory(NamesDirectory command, DirectoryRules directory, Clock clock) {
        directory.requireOfCase(command, unit.subsidiaryId(), clock.instant());
    }

    @CommandHandler
    public void handle(RecordRectification command, Clock clock) {
        if (status == RectificationStatus.RECTIFIED || status == RectificationStatus.RECTIFIED_LATE) {
            throw new OutOfOrder("Rectification " + rectificationId + " was already recorded as done");
        }
        Instant now = clock.instant();
        boolean onTime = !now.isAfter(dueAt);
        if (!onTime && status == RectificationStatus.OPEN) {
            becomeOverdue(now);
        }
        apply(new RectificationRecorded(rectificationId, unit, month, command.rectifiedBy(), command.note(), now,
                dueAt, onTime, onTime ? null : Duration.between(dueAt, now)));
    }

    @DeadlineHandler(deadlineName = RectificationTimer.DEADLINE_NAME)
    public void on(RectificationTimer timer, Clock clock, DeadlineManager deadlineManager) {
        if (status != RectificationStatus.OPEN || !timer.dueAt().equals(dueAt)) {
            return;
        }
        Instant now = clock.instant();
        if (timer.deadline() || !now.isBefore(dueAt)) {
            becomeOverdue(now);
        } else if (!warned) {
            apply(new RectificationWarningRaised(rectificationId, severity, dueAt, now));
            schedule(deadlineManager, RectificationTimer.atDeadline(dueAt));
        }
    }

    private void becomeOverdue(Instant now) {
        apply(new RectificationOverdue(rectificationId, unit, month, severity, dueAt, now, overduePenalty,
                policyVersion));
        apply(new OwnersCommitteeInformed(rectificationId, unit, standardCode, dueAt, overduePenalty, now));
    }

    private static void schedule(DeadlineManager deadlineManager, RectificationTimer timer) {
        deadlineManager.schedule(timer.firesAt(), RectificationTimer.DEADLINE_NAME, timer);
    }

    /** Photos of the defect and of the fix, in any status: the case has no archive step. */
    @CommandHandler
    public String handle(AddRectificationAttachment command, Clock clock, CustomerVault vault) {
        return attachments.add(rectificationId, command.attachment(), null, unit.subsidiaryId(), vault, clock);
    }

    @Override
    public OrgUnit orgUnit() {
        return unit == null ? null : OrgUnit.subsidiary(unit.subsidiaryId());
    }

    // --- state, from events only ---

    @EventSourcingHandler
    void on(RectificationRaised event) {
        rectificationId = event.rectificationId();
        unit = event.unit();
        month = event.month();
        standardCode = event.standardCode();
        severity = event.severity();
        dueAt = event.dueAt();
        overduePenalty = event.overduePenalty();
        policyVersion = event.policyVersion();
        status = RectificationStatus.OPEN;
    }

    @EventSourcingHandler
    void on(RectificationWarningRaised event) {
        warned = true;
    }

    @EventSourcingHandler
    void on(RectificationOverdue event) {
        status = RectificationStatus.OVERDUE;
    }

    @EventSourcingHandler
    void on(AttachmentAdded event) {
        attachments.on(event);
    }

    @EventSourcingHandler
    void on(RectificationRecorded event) {
        status = event.onTime() ? RectificationStatus.RECTIFIED : RectificationStatus.RECTIFIED_LATE;
    }
}
