package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The missing materials arrived; the request resumes. */
@Revision("1")
public record MaterialsReceived(String requestId, Instant receivedAt) {
}
