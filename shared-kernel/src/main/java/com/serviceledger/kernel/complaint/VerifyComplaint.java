package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Verification (核實): the responsible staff and what they did. */
public record VerifyComplaint(@TargetAggregateIdentifier String complaintId, String responsibleStaffId, MisconductCategory misconduct, String findings) {
}
