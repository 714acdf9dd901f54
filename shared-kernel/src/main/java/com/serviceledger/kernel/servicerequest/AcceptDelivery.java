package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer accepts the delivered result (驗收). */
public record AcceptDelivery(@TargetAggregateIdentifier String requestId) {
}
