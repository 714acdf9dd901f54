package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer supplied the missing materials. */
public record RecordMaterialsReceived(@TargetAggregateIdentifier String requestId) {
}
