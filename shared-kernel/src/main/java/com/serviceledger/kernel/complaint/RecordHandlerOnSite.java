package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Urgent complaints: a handler arrived on site. */
public record RecordHandlerOnSite(@TargetAggregateIdentifier String complaintId, String handlerId)
        implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseStaff("handlerId", handlerId));
    }
}
