package com.serviceledger.kernel.servicerequest;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the request in hand (受理): someone is assigned to it. */
public record AssignServiceRequest(@TargetAggregateIdentifier String requestId, String assigneeId)
        implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseStaff("assigneeId", assigneeId));
    }
}
