package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The handler resolved the complaint. */
public record ResolveComplaint(@TargetAggregateIdentifier String complaintId, String resolution) {
}
