package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reads the complaint's customer contact in clear, recorded with its purpose. */
public record DiscloseComplaintCustomer(@TargetAggregateIdentifier String complaintId, String purpose) {
}
