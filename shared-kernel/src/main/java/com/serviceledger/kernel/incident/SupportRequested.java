package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Support requested, numbered within the incident from 1. */
@Revision("1")
public record SupportRequested(String incidentId, int requestNo, String requestedFrom, String need,
                               Instant requestedAt) {
}
