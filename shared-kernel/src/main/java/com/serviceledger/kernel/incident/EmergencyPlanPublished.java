package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A new version of a plan, in force from now until the next; a revision after a drill names it. */
@Revision("1")
public record EmergencyPlanPublished(String planId, String subsidiaryId, EmergencyKind kind, int version,
                                     PlanContent content, String afterDrillId, Instant publishedAt) {
}
