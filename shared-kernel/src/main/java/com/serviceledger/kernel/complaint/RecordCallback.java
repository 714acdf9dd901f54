package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Callback (回訪) to the customer: satisfaction 1–5 and whether the solution is accepted. */
public record RecordCallback(@TargetAggregateIdentifier String complaintId, int satisfaction, boolean solutionAccepted, String comment) {
}
