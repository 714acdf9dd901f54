package com.serviceledger.kernel.improvement;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.UnitCommand;
import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Raise an improvement action in a unit (a subsidiary, or one of its departments): the cause it answers, the
 * measure, its owner (责任人, staff of the unit) and its due date (时间节点) — 000 §5.4 item 2.
 */
public record RaiseImprovementAction(@TargetAggregateIdentifier String actionId, String subsidiaryId,
                                     String departmentId, ImprovementCause cause, String measure, String ownerId,
                                     Instant dueAt) implements UnitCommand, NamesDirectory {

    @Override
    public OrgUnit orgUnit() {
        return new OrgUnit(subsidiaryId, departmentId);
    }

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.subsidiary("subsidiaryId", subsidiaryId),
                DirectoryReference.department("departmentId", subsidiaryId, departmentId),
                DirectoryReference.staff("ownerId", subsidiaryId, ownerId));
    }
}
