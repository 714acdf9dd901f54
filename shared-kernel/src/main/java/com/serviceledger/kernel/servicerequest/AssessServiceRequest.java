package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assess the request: its nature, difficulty and the resources it needs. */
public record AssessServiceRequest(@TargetAggregateIdentifier String requestId, String nature, Difficulty difficulty,
                                   String resources) {
}
