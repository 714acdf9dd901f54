package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The outcome of an escalated complaint the customer never accepted: who decided, the last proposed solution that
 * stands and why (both texts sealed like every free text of the case). It can still be verified and archived.
 */
@Revision("1")
public record ComplaintClosedUnresolved(String complaintId, String decidedBy, String standingSolution, String reason,
                                        int rejections, Instant closedAt) {
}
