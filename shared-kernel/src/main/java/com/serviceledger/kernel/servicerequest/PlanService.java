package com.serviceledger.kernel.servicerequest;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan the service: goal, steps, owner and the due time promised to the customer. */
public record PlanService(@TargetAggregateIdentifier String requestId, String goal, List<String> steps,
                          String ownerId, Instant dueAt) implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseStaff("ownerId", ownerId));
    }
}
