package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The complained-about department returns the result of its investigation (001 §3.3 item 2 核實情況). */
public record ReturnInvestigationResult(@TargetAggregateIdentifier String complaintId, String findings) {
}
