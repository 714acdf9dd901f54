package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer was contacted with a proposed solution; the SLA verdicts are fixed here. */
@Revision("1")
public record CustomerContacted(String complaintId, String contactedBy, String proposedSolution, Instant contactedAt, boolean withinTarget, boolean withinHardLimit) {
}
