package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department head contacted the customer and proposed a solution. */
public record ContactCustomer(@TargetAggregateIdentifier String complaintId, String contactedBy, String proposedSolution)
        implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseStaff("contactedBy", contactedBy));
    }
}
