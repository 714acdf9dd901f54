package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The satisfaction survey after completion: a score of 1 to 5 and a comment. */
public record RecordSatisfaction(@TargetAggregateIdentifier String requestId, int score, String comment) {
}
