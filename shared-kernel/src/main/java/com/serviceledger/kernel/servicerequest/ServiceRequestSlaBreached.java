package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A target's due time passed unmet. */
@Revision("1")
public record ServiceRequestSlaBreached(String requestId, ServiceRequestSlaTarget target, Instant dueAt,
                                        Instant breachedAt) {
}
