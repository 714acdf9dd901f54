package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A share of the time to a target has elapsed and the target is not met yet. */
@Revision("1")
public record ServiceRequestSlaWarningRaised(String requestId, ServiceRequestSlaTarget target, int percentElapsed,
                                             Instant dueAt, Instant raisedAt) {
}
