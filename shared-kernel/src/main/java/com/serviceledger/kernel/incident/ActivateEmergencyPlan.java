package com.serviceledger.kernel.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Activates the plan in force for the incident's unit and kind, when none was in force at its declaration. */
public record ActivateEmergencyPlan(@TargetAggregateIdentifier String incidentId) {
}
