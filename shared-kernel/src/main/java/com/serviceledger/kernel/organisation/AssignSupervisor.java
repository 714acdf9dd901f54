package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a staff member a new direct supervisor and/or group leader, from a given time (null: now). */
public record AssignSupervisor(@TargetAggregateIdentifier String staffId, String supervisorId, String groupLeaderId, Instant effectiveFrom)
        implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.staff("supervisorId", null, supervisorId),
                DirectoryReference.staff("groupLeaderId", null, groupLeaderId));
    }
}
