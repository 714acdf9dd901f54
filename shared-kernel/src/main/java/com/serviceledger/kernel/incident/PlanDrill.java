package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Schedules a drill of the plan (000 §8 (二): 定期組織應急演練) on a date, with the scenario it simulates. */
public record PlanDrill(@TargetAggregateIdentifier String planId, String drillId, Instant scheduledAt,
                        String scenario) {
}
