package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the accepted and surveyed request. */
public record CloseServiceRequest(@TargetAggregateIdentifier String requestId) {
}
