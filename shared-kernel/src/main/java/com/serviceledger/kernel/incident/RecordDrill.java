package com.serviceledger.kernel.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The drill was held: how many took part and what was seen. */
public record RecordDrill(@TargetAggregateIdentifier String planId, String drillId, int participants,
                          String observations) {
}
