package com.serviceledger.kernel.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What a support request brought. */
public record RecordSupport(@TargetAggregateIdentifier String incidentId, int requestNo, String provided) {
}
