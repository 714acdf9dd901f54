package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Forwarded to the department head. */
@Revision("1")
public record ComplaintForwarded(String complaintId, String departmentId, String departmentHeadId, Instant forwardedAt) {
}
