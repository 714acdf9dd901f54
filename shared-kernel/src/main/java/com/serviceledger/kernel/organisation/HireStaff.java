package com.serviceledger.kernel.organisation;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A staff member joins at a post, with a direct supervisor (主管) and a responsible group leader (主管集團領導). */
public record HireStaff(@TargetAggregateIdentifier String staffId, String name, String subsidiaryId, String departmentId, String postId, String supervisorId, String groupLeaderId)
        implements UnitCommand {

    @Override
    public OrgUnit orgUnit() {
        return new OrgUnit(subsidiaryId, departmentId);
    }
}
