package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The department returned its solution to the service staff; the first one is judged against the due time. */
@Revision("1")
public record SolutionReturned(String complaintId, String solution, Instant returnedAt, boolean withinTarget) {
}
