package com.serviceledger.kernel.servicerequest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tell the customer how the work is going (跟蹤進度). */
public record ReportProgress(@TargetAggregateIdentifier String requestId, String note) {
}
