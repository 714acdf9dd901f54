package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** After escalation, the verifier decides the last proposed solution stands though the customer never accepted it. */
public record CloseComplaintUnresolved(@TargetAggregateIdentifier String complaintId, String decidedBy, String reason)
        implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseStaff("decidedBy", decidedBy));
    }
}
