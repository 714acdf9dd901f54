package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A unit manager names the month's service star (服務明星), after the month is over. */
public record NominateServiceStar(@TargetAggregateIdentifier String starBoardId, String subsidiaryId,
                                  String departmentId, String month, String staffId) implements UnitCommand {

    @Override
    public OrgUnit orgUnit() {
        return new OrgUnit(subsidiaryId, departmentId);
    }
}
