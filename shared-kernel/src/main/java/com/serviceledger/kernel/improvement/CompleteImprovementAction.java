package com.serviceledger.kernel.improvement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The measure is carried out; its effect is checked next. */
public record CompleteImprovementAction(@TargetAggregateIdentifier String actionId, String note) {
}
