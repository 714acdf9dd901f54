package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Closed: the request takes no further commands. */
@Revision("1")
public record ServiceRequestClosed(String requestId, Instant closedAt) {
}
