package com.serviceledger.kernel.incident;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The incident reviewed, in time or late against the policy's review time. */
@Revision("1")
public record IncidentReviewed(String incidentId, String findings, List<String> improvementActions,
                               Instant reviewedAt, boolean onTime) {

    public IncidentReviewed {
        improvementActions = improvementActions == null ? List.of() : List.copyOf(improvementActions);
    }
}
