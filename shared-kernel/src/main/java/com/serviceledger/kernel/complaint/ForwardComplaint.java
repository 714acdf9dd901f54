package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Forward to the complained-about department's head (工作聯繫函). */
public record ForwardComplaint(@TargetAggregateIdentifier String complaintId, String departmentId, String departmentHeadId)
        implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseDepartment("departmentId", departmentId),
                DirectoryReference.caseStaff("departmentHeadId", departmentHeadId));
    }
}
