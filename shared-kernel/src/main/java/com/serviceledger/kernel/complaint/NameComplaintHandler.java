package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Name the person responsible for handling the complaint (投訴處理責任人). */
public record NameComplaintHandler(@TargetAggregateIdentifier String complaintId, String handlerId) {
}
