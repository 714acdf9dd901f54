package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The department head reports the handling result to the operations staff, the same day the customer accepted it
 * (002 第4篇 六.1).
 */
public record ReportComplaintResult(@TargetAggregateIdentifier String complaintId, String result) {
}
