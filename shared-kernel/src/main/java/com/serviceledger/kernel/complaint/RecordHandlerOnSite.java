package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Urgent complaints: a handler arrived on site. */
public record RecordHandlerOnSite(@TargetAggregateIdentifier String complaintId, String handlerId) {
}
