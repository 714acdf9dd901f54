package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The complaint was found unfounded; kept, and counted apart from valid ones. */
@Revision("1")
public record ComplaintDismissed(String complaintId, String explanation, Instant dismissedAt) {
}
