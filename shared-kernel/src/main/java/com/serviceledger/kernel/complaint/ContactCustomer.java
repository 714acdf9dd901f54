package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department head contacted the customer and proposed a solution. */
public record ContactCustomer(@TargetAggregateIdentifier String complaintId, String contactedBy, String proposedSolution) {
}
