package com.serviceledger.kernel.incident;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** In the complaint's stream: it was raised to the incident named, which is declared from this event. */
@Revision("1")
public record ComplaintRaisedToIncident(String complaintId, String incidentId, IncidentSeverity severity,
                                        OrgUnit complainedAbout, Instant raisedAt) {
}
