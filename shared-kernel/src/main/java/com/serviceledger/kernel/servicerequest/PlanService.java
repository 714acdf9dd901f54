package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan the service: goal, steps, owner and the due time promised to the customer. */
public record PlanService(@TargetAggregateIdentifier String requestId, String goal, List<String> steps,
                          String ownerId, Instant dueAt) {
}
