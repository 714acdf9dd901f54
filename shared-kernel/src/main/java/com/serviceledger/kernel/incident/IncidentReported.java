package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The report to the superiors, in time or late against the policy's report time. */
@Revision("1")
public record IncidentReported(String incidentId, String reportedTo, String summary, Instant reportedAt,
                               boolean onTime) {
}
