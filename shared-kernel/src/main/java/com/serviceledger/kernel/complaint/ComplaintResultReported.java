package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The result reached the operations staff; {@code withinTarget}: by the local end of the accepting callback's day. */
@Revision("1")
public record ComplaintResultReported(String complaintId, String result, Instant reportedAt, boolean withinTarget) {
}
