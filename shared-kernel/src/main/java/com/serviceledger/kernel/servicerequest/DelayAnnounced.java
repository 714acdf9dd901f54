package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A delay was announced to the customer. In time (before {@code previousDueAt}, the due time then in force)
 * it moves the agreed due time to {@code requestedDueAt}; too late, it is only recorded and the agreed due
 * time stays {@code previousDueAt}.
 *
 * @param agreedDueAt the due time in force after this announcement
 */
@Revision("1")
public record DelayAnnounced(String requestId, String reason, Instant requestedDueAt, Instant previousDueAt,
                             Instant announcedAt, boolean inTime, Instant agreedDueAt) {
}
