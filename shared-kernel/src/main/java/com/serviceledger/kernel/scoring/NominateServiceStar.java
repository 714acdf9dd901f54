package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A unit manager names the month's service star (服務明星), after the month is over. */
public record NominateServiceStar(@TargetAggregateIdentifier String starBoardId, String subsidiaryId,
                                  String departmentId, String month, String staffId) implements UnitCommand, NamesDirectory {

    @Override
    public OrgUnit orgUnit() {
        return new OrgUnit(subsidiaryId, departmentId);
    }

    @Override
    public List<DirectoryReference> directoryReferences() {
        // the star's place at the month's end is the star board's own rule; here: known, and of the subsidiary
        return List.of(DirectoryReference.subsidiary("subsidiaryId", subsidiaryId),
                DirectoryReference.department("departmentId", subsidiaryId, departmentId),
                DirectoryReference.staffOnRecord("staffId", subsidiaryId, staffId));
    }
}
