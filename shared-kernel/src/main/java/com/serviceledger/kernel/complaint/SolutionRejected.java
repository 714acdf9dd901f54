package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer did not accept the solution; the complaint is open again. */
@Revision("1")
public record SolutionRejected(String complaintId, String reason, Instant rejectedAt) {
}
