package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archive the case with all its documents. */
public record ArchiveComplaint(@TargetAggregateIdentifier String complaintId) {
}
