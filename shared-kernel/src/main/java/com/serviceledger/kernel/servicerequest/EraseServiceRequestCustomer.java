package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks the service request's customer as erased (any status); a second time changes nothing. */
public record EraseServiceRequestCustomer(@TargetAggregateIdentifier String requestId, String customerId,
                                          String reason) {
}
