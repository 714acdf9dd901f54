package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A held drill evaluated (001 §7 (二) 2: 演練結束後對應急預案進行評估). */
@Revision("1")
public record DrillEvaluated(String planId, String drillId, String subsidiaryId, DrillRating rating,
                             String findings, Instant evaluatedAt) {
}
