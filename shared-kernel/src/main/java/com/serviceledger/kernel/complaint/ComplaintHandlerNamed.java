package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A handler was named (or replaced). */
@Revision("1")
public record ComplaintHandlerNamed(String complaintId, String handlerId, Instant namedAt) {
}
