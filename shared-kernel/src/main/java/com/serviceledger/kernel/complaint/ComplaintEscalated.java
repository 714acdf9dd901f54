package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Further coordination (001 §3.3 item 4) did not bring the customer to accept a solution: the complaint goes to
 * the top of the escalation chain, which may now close it as unresolved. Carries the figures it was decided on.
 *
 * @param rejections the solutions the customer had rejected by then
 * @param threshold  the rejections of the policy in force that escalate (for a time-limit escalation as well)
 */
@Revision("1")
public record ComplaintEscalated(String complaintId, EscalationCause cause, int rejections, int threshold,
                                 EscalationLevel escalatedTo, Instant escalatedAt) {
}
