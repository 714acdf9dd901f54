package com.serviceledger.kernel.incident;

import com.serviceledger.kernel.common.OrgUnit;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An incident declared; the report to the superiors is due at {@code reportDueAt} under the policy version named.
 * The description is stored with any personal data in it dropped. The subsidiary's time zone travels along
 * because report periods are local; events stored before it was recorded read as UTC, the days they were counted by.
 */
@Revision("1")
public record IncidentDeclared(String incidentId, OrgUnit unit, EmergencyKind kind, IncidentSeverity severity,
                               String description, String complaintId, Instant declaredAt, Instant reportDueAt,
                               String policyVersion, String timeZone) {

    public IncidentDeclared {
        timeZone = timeZone == null ? "UTC" : timeZone;
    }
}
