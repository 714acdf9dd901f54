package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the request in hand (受理): someone is assigned to it. */
public record AssignServiceRequest(@TargetAggregateIdentifier String requestId, String assigneeId) {
}
