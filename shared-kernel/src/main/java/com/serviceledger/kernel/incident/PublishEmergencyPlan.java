package com.serviceledger.kernel.incident;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publishes the next version of a subsidiary's plan for one kind of emergency; the first publication makes the
 * plan. {@code afterDrillId} names the evaluated drill a revision answers (001 §7 (二) 2: 演練結束後對應急預案進行評估和修訂).
 */
public record PublishEmergencyPlan(@TargetAggregateIdentifier String planId, String subsidiaryId, EmergencyKind kind,
                                   PlanContent content, String afterDrillId) implements UnitCommand {

    @Override
    public OrgUnit orgUnit() {
        return OrgUnit.subsidiary(subsidiaryId);
    }
}
