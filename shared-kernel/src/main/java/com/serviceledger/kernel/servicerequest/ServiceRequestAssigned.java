package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Someone took the request in hand (受理). */
@Revision("1")
public record ServiceRequestAssigned(String requestId, String assigneeId, Instant assignedAt) {
}
