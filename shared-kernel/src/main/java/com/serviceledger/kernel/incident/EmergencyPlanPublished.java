package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A new version of a plan, in force from now until the next; a revision after a drill names it. The subsidiary's
 * time zone travels along for the plan's pages; events stored before it was recorded read as UTC.
 */
@Revision("1")
public record EmergencyPlanPublished(String planId, String subsidiaryId, EmergencyKind kind, int version,
                                     PlanContent content, String afterDrillId, Instant publishedAt,
                                     String timeZone) {

    public EmergencyPlanPublished {
        timeZone = timeZone == null ? "UTC" : timeZone;
    }
}
