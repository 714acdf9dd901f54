package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a staff member to another department or post, from a given time (null: now). */
public record TransferStaff(@TargetAggregateIdentifier String staffId, String departmentId, String postId, Instant effectiveFrom)
        implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseDepartment("departmentId", departmentId),
                DirectoryReference.casePost("postId", departmentId, postId));
    }
}
