package com.serviceledger.kernel.improvement;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The check of a done action's effect: effective closes it; not effective reopens it with a new due date.
 *
 * @param newDueAt required when not effective, refused when effective
 */
public record CheckImprovementEffect(@TargetAggregateIdentifier String actionId, boolean effective, String note,
                                     Instant newDueAt) {
}
