package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Forwarded to the department head. {@code investigationDueAt}: when the department owes its investigation
 * result (001 §3.3 item 2), fixed here under the policy in force; null in complaints forwarded before it was
 * enforced.
 */
@Revision("1")
public record ComplaintForwarded(String complaintId, String departmentId, String departmentHeadId, Instant forwardedAt,
                                 Instant investigationDueAt) {

    public ComplaintForwarded(String complaintId, String departmentId, String departmentHeadId, Instant forwardedAt) {
        this(complaintId, departmentId, departmentHeadId, forwardedAt, null);
    }
}
