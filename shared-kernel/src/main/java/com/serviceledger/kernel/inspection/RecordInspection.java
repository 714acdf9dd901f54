package com.serviceledger.kernel.inspection;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The inspectors hand in the filled-in checklist (日檢查表, 周檢表, 月檢表): one form, one command. The
 * inspection time is when it is recorded (entered on site).
 */
public record RecordInspection(@TargetAggregateIdentifier String inspectionId, InspectionKind kind,
                               InspectedUnit unit, List<Inspector> inspectors, List<CheckedItem> items)
        implements UnitCommand {

    public RecordInspection {
        inspectors = List.copyOf(inspectors);
        items = List.copyOf(items);
    }

    /** An inspected site belongs to no department: only a scope over the whole subsidiary reaches it. */
    @Override
    public OrgUnit orgUnit() {
        return OrgUnit.subsidiary(unit == null ? null : unit.subsidiaryId());
    }

    @Override
    public String unitField() {
        return "unit.subsidiaryId";
    }
}
