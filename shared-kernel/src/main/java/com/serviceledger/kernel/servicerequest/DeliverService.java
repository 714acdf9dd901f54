package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The result is handed to the customer (業務辦結). */
public record DeliverService(@TargetAggregateIdentifier String requestId, String summary) {
}
