package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An SLA target passed unmet; the case escalates to the next level. */
@Revision("1")
public record ComplaintSlaBreached(String complaintId, SlaTarget target, Instant dueAt, Instant breachedAt,
                                   EscalationLevel escalatedTo) {
}
