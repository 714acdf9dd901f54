package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The operations staff record the final result in the complaint record and evaluate the handling as a whole
 * (002 第4篇 六.2): {@code evaluation} 1 (poor) to 5 (excellent).
 */
public record RecordComplaintOutcome(@TargetAggregateIdentifier String complaintId, String finalResult,
                                     int evaluation) {
}
