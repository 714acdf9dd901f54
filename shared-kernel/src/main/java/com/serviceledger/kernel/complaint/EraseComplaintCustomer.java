package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks the complaint's customer as erased (any status, archived too); a second time changes nothing. */
public record EraseComplaintCustomer(@TargetAggregateIdentifier String complaintId, String customerId,
                                     String reason) {
}
