package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A system decision: the customer gave no satisfaction survey within the policy's window after accepting the
 * delivery, so the request is closed without one. Satisfaction metrics leave it out and count it apart.
 */
@Revision("1")
public record ServiceRequestClosedWithoutSurvey(String requestId, Instant acceptedAt, Instant surveyDueAt,
                                                Instant closedAt) {
}
