package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.organisation.DirectoryReference;
import com.serviceledger.kernel.organisation.NamesDirectory;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Verification (核實): the responsible staff, what they did and, optionally, how grave it was; under the tiered
 * rule set also the listed behaviour (a code of the policy's catalogue) and the points within its tier's range.
 */
public record VerifyComplaint(@TargetAggregateIdentifier String complaintId, String responsibleStaffId,
                              MisconductCategory misconduct, String findings, MisconductGrade grade,
                              String behaviour, Integer points)
        implements NamesDirectory {

    /** Without a listed behaviour and its points. */
    public VerifyComplaint(String complaintId, String responsibleStaffId, MisconductCategory misconduct,
                           String findings, MisconductGrade grade) {
        this(complaintId, responsibleStaffId, misconduct, findings, grade, null, null);
    }

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
