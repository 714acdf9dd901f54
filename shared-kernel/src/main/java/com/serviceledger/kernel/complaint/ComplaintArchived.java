package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Archived: the case is closed for good. */
@Revision("1")
public record ComplaintArchived(String complaintId, Instant archivedAt) {
}
