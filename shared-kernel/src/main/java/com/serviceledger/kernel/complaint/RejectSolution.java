package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer does not accept the solution: coordinate further (001 §3.3.4). */
public record RejectSolution(@TargetAggregateIdentifier String complaintId, String reason) {
}
