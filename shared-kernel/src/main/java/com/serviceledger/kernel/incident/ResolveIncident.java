package com.serviceledger.kernel.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The incident was handled (妥善處理). */
public record ResolveIncident(@TargetAggregateIdentifier String incidentId, String resolution) {
}
