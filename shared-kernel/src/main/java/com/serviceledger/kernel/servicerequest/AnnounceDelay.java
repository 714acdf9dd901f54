package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tell the customer the work takes longer: the reason and the new due time (提前告知). */
public record AnnounceDelay(@TargetAggregateIdentifier String requestId, String reason, Instant newDueAt) {
}
