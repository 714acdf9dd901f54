package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Resolved; the callback is due by the local end of this day. */
@Revision("1")
public record ComplaintResolved(String complaintId, String handlerId, String resolution, Instant resolvedAt, boolean withinTarget, Instant callbackDueAt) {
}
