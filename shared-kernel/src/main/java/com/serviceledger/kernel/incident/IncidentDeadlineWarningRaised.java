package com.serviceledger.kernel.incident;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A report or review of an incident is still due and {@code percentElapsed} of its time has passed. */
@Revision("1")
public record IncidentDeadlineWarningRaised(String incidentId, OrgUnit unit, IncidentDeadline deadline,
                                            int percentElapsed, Instant dueAt, Instant raisedAt) {
}
