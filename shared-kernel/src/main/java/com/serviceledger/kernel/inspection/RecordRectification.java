package com.serviceledger.kernel.inspection;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The non-conformity was fixed; recorded when it is done (and the work order answered). */
public record RecordRectification(@TargetAggregateIdentifier String rectificationId, String rectifiedBy,
                                  String note) implements NamesDirectory {

    @Override
    public List<DirectoryReference> directoryReferences() {
        return List.of(DirectoryReference.caseStaff("rectifiedBy", rectifiedBy));
    }
}
