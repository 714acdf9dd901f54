package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The incident handled; its review is due at {@code reviewDueAt}. */
@Revision("1")
public record IncidentResolved(String incidentId, String resolution, Instant resolvedAt, Instant reviewDueAt) {
}
