package com.serviceledger.kernel.inspection;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The inspectors hand in the filled-in checklist (日檢查表, 周檢表, 月檢表): one form, one command. The
 * inspection time is when it is recorded (entered on site).
 */
public record RecordInspection(@TargetAggregateIdentifier String inspectionId, InspectionKind kind,
                               InspectedUnit unit, List<Inspector> inspectors, List<CheckedItem> items)
        implements UnitCommand, NamesDirectory {

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

    /**
     * The site is a post of the subsidiary. Inspectors are its staff, except the technical department's (sent by
     * the company, from any subsidiary) and the contractor's site lead (not the company's staff).
     */
    @Override
    public List<DirectoryReference> directoryReferences() {
        List<DirectoryReference> references = new ArrayList<>();
        references.add(DirectoryReference.subsidiary("unit.subsidiaryId", unit.subsidiaryId()));
        references.add(DirectoryReference.post("unit.siteId", unit.subsidiaryId(), null, unit.siteId()));
        for (int i = 0; i < inspectors.size(); i++) {
            Inspector inspector = inspectors.get(i);
            String field = "inspectors[" + i + "].inspectorId";
            switch (inspector.role()) {
                case CONTRACTOR_SITE_LEAD -> {
                }
                case TECHNICAL_DEPARTMENT -> references.add(DirectoryReference.staff(field, null,
                        inspector.inspectorId()));
                default -> references.add(DirectoryReference.staff(field, unit.subsidiaryId(),
                        inspector.inspectorId()));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            references.add(DirectoryReference.staff("items[" + i + "].responsibleStaffId", unit.subsidiaryId(),
                    items.get(i).responsibleStaffId()));
        }
        return references;
    }
}
