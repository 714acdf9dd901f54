package com.serviceledger.kernel.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The incident was reported to the superiors (001 §7 (三) 2: 及時向上級領導匯報事件情況). */
public record ReportIncident(@TargetAggregateIdentifier String incidentId, String reportedTo, String summary) {
}
