package com.serviceledger.kernel.incident;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A report or review of an incident was not done by its due time. */
@Revision("1")
public record IncidentDeadlineBreached(String incidentId, OrgUnit unit, IncidentDeadline deadline, Instant dueAt,
                                       Instant breachedAt) {
}
