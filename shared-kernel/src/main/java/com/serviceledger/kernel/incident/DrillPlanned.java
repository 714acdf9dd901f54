package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A drill of the plan's version in force, to be held at {@code scheduledAt} and recorded by {@code dueAt}
 * (the policy's grace after the date).
 */
@Revision("1")
public record DrillPlanned(String planId, String drillId, String subsidiaryId, EmergencyKind kind, int planVersion,
                           String scenario, Instant scheduledAt, Instant dueAt, Instant plannedAt,
                           String policyVersion) {
}
