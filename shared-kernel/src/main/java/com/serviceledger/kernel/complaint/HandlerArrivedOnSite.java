package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A handler arrived on site for an urgent complaint. */
@Revision("1")
public record HandlerArrivedOnSite(String complaintId, String handlerId, Instant arrivedAt, boolean withinTarget) {
}
