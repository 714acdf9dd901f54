package com.serviceledger.kernel.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The drill's verdict on the plan and its findings, which the next revision of the plan answers. */
public record EvaluateDrill(@TargetAggregateIdentifier String planId, String drillId, DrillRating rating,
                            String findings) {
}
