package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The plan in force was activated for the incident (000 §8 (三): 立即啟動應急預案); the version is the one followed. */
@Revision("1")
public record EmergencyPlanActivated(String incidentId, String planId, int planVersion, Instant activatedAt) {
}
