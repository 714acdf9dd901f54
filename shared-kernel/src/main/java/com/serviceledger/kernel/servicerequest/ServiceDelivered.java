package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The result was handed to the customer. Both verdicts are kept: against the plan's original due time and
 * against the agreed one (moved only by delays announced in time).
 */
@Revision("1")
public record ServiceDelivered(String requestId, String summary, Instant deliveredAt, Instant originalDueAt,
                               Instant agreedDueAt, boolean onTimeAgainstOriginal, boolean onTimeAgainstAgreed) {
}
