package com.serviceledger.kernel.incident;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Support asked of another department or unit (001 §7 (三) 2: 協調相關部門進行支援). */
public record RequestSupport(@TargetAggregateIdentifier String incidentId, String requestedFrom, String need) {
}
