package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Name the person responsible for handling the complaint (投訴處理責任人). */
public record NameComplaintHandler(@TargetAggregateIdentifier String complaintId, String handlerId)
        implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseStaff("handlerId", handlerId));
    }
}
