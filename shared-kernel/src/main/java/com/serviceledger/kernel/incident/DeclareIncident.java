package com.serviceledger.kernel.incident;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A service emergency happened in a unit. {@code complaintId} names the major complaint it was raised from
 * (null otherwise). Declaring an already declared incident changes nothing (the complaint relay may resend).
 */
public record DeclareIncident(@TargetAggregateIdentifier String incidentId, OrgUnit unit, EmergencyKind kind,
                              IncidentSeverity severity, String description, String complaintId)
        implements UnitCommand {

    @Override
    public OrgUnit orgUnit() {
        return unit;
    }

    @Override
    public String unitField() {
        return "unit.subsidiaryId";
    }
}
