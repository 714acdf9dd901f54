package com.serviceledger.kernel.incident;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The review of the handling (001 §7 (三) 3: 總結分析): its findings, and the improvement actions it calls for as
 * text items (the improvement-action cases link them).
 */
public record ReviewIncident(@TargetAggregateIdentifier String incidentId, String findings,
                             List<String> improvementActions) {

    public ReviewIncident {
        improvementActions = improvementActions == null ? List.of() : List.copyOf(improvementActions);
    }
}
