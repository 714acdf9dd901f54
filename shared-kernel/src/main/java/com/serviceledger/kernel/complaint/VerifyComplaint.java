package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Verification (核實): the responsible staff, what they did and, optionally, how grave it was. */
public record VerifyComplaint(@TargetAggregateIdentifier String complaintId, String responsibleStaffId,
                              MisconductCategory misconduct, String findings, MisconductGrade grade)
        implements NamesDirectory {

    /** Without a grade (the tiered rule set then takes tier 1). */
    public VerifyComplaint(String complaintId, String responsibleStaffId, MisconductCategory misconduct,
                           String findings) {
        this(complaintId, responsibleStaffId, misconduct, findings, null);
    }

    @Override
    public List<DirectoryReference> directoryReferences() {
        // responsible for what happened when the complaint came in: having left since is no fault
        return List.of(DirectoryReference.caseStaffOnRecord("responsibleStaffId", responsibleStaffId));
    }
}
