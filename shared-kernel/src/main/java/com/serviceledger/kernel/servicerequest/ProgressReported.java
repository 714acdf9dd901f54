package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The customer was told how the work is going. */
@Revision("1")
public record ProgressReported(String requestId, String note, Instant reportedAt) {
}
