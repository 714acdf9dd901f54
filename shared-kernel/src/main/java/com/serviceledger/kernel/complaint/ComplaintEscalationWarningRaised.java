package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The time the policy allows without an accepted solution is running out: at {@code percentElapsed} of it the
 * complaint is still not accepted, and at {@code escalatesAt} it goes to management (001 §3.3 item 4).
 *
 * @param rejections the solutions the customer had rejected by then
 */
@Revision("1")
public record ComplaintEscalationWarningRaised(String complaintId, int percentElapsed, Instant escalatesAt,
                                               int rejections, Instant raisedAt) {
}
