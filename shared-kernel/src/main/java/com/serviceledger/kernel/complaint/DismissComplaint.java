package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Validity check failed: the complaint is unfounded; the explanation is given to the customer. */
public record DismissComplaint(@TargetAggregateIdentifier String complaintId, String explanation) {
}
