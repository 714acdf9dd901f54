package com.serviceledger.kernel.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A major complaint becomes an incident (kind {@link EmergencyKind#MAJOR_COMPLAINT}) linked to it. */
public record RaiseComplaintToIncident(@TargetAggregateIdentifier String complaintId, String incidentId,
                                       IncidentSeverity severity) {
}
