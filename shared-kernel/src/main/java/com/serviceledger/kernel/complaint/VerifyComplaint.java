package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Verification (核實): the responsible staff, what they did and, optionally, how grave it was. */
public record VerifyComplaint(@TargetAggregateIdentifier String complaintId, String responsibleStaffId,
                              MisconductCategory misconduct, String findings, MisconductGrade grade) {

    /** Without a grade (the tiered rule set then takes tier 1). */
    public VerifyComplaint(String complaintId, String responsibleStaffId, MisconductCategory misconduct,
                           String findings) {
        this(complaintId, responsibleStaffId, misconduct, findings, null);
    }
}
