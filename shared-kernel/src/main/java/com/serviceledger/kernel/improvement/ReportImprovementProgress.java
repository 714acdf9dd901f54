package com.serviceledger.kernel.improvement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner's report of how far the action has come. */
public record ReportImprovementProgress(@TargetAggregateIdentifier String actionId, String note) {
}
