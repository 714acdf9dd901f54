package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A share of the time to an SLA target has elapsed and the target is not met yet. */
@Revision("1")
public record ComplaintSlaWarningRaised(String complaintId, SlaTarget target, int percentElapsed, Instant dueAt,
                                        Instant raisedAt, EscalationLevel notifying) {
}
