package com.serviceledger.kernel.organisation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A staff member of the subsidiary takes up a position, for a department when the position is one's. */
public record AppointToPosition(@TargetAggregateIdentifier String subsidiaryId, UnitPosition position, String staffId,
                                String departmentId) implements NamesDirectory {

    /** Of the subsidiary appointing, checked once its scope is: a unit outside it learns nothing of its staff. */
    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseDepartment("departmentId", departmentId),
                DirectoryReference.caseStaff("staffId", staffId));
    }
}
