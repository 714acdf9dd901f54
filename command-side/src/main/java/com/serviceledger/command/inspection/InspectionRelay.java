package com.serviceledger.command.inspection;

import com.serviceledger.kernel.inspection.CountInspection;
import com.serviceledger.kernel.inspection.CountRectificationOutcome;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import com.serviceledger.kernel.inspection.NonConformity;
import com.serviceledger.kernel.inspection.QualityMonthId;
import com.serviceledger.kernel.inspection.RaiseRectification;
import com.serviceledger.kernel.inspection.RectificationOutcome;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRecorded;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Carries inspection facts to the aggregates that act on them: each failed item opens its
 * rectification case, and every inspection and rectification outcome is counted in its unit's month.
 * Stateless; delivery is at least once, and every command it sends is idempotent.
 */
@Component
@ProcessingGroup(InspectionRelay.PROCESSING_GROUP)
class InspectionRelay {

    static final String PROCESSING_GROUP = "inspection-relay";

    private final CommandGateway commands;

    InspectionRelay(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(InspectionRecorded event) {
        for (NonConformity found : event.nonConformities()) {
            commands.sendAndWait(new RaiseRectification(found.rectificationId(), event.inspectionId(), event.kind(),
                    event.unit(), event.month(), event.timeZone(), event.inspectedAt(), event.policyVersion(),
                    found));
        }
        commands.sendAndWait(new CountInspection(QualityMonthId.of(event.unit(), event.month()), event.unit(),
                event.month(), event.timeZone(), event.inspectionId(), event.kind(), event.items().size(),
                event.failedCount(), event.inspectedAt()));
    }

    @EventHandler
    void on(RectificationRecorded event) {
        commands.sendAndWait(new CountRectificationOutcome(QualityMonthId.of(event.unit(), event.month()),
                event.rectificationId(),
                event.onTime() ? RectificationOutcome.RECTIFIED_ON_TIME : RectificationOutcome.RECTIFIED_LATE,
                null, event.rectifiedAt()));
    }

    @EventHandler
    void on(RectificationOverdue event) {
        commands.sendAndWait(new CountRectificationOutcome(QualityMonthId.of(event.unit(), event.month()),
                event.rectificationId(), RectificationOutcome.OVERDUE, event.penalty(), event.overdueAt()));
    }
}
