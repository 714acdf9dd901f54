package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The request was assessed: nature, difficulty and resources needed. */
@Revision("1")
public record ServiceRequestAssessed(String requestId, String nature, Difficulty difficulty, String resources,
                                     Instant assessedAt) {
}
