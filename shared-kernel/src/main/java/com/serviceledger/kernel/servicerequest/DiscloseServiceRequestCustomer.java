package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reads the service request's customer contact in clear, recorded with its purpose. */
public record DiscloseServiceRequestCustomer(@TargetAggregateIdentifier String requestId, String purpose) {
}
