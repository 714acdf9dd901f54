package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A drill of the plan's version in force, to be held at {@code scheduledAt} and recorded by {@code dueAt}
 * (the policy's grace after the date). The subsidiary's time zone travels along because report periods are local;
 * events stored before it was recorded read as UTC, the days they were counted by.
 */
@Revision("1")
public record DrillPlanned(String planId, String drillId, String subsidiaryId, EmergencyKind kind, int planVersion,
                           String scenario, Instant scheduledAt, Instant dueAt, Instant plannedAt,
                           String policyVersion, String timeZone) {

    public DrillPlanned {
        timeZone = timeZone == null ? "UTC" : timeZone;
    }
}
