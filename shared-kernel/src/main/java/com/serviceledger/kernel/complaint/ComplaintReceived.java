package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ProtectedContact;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A complaint was recorded; its due times are fixed under the policy version named here. The
 * subsidiary's time zone travels along because days and months are local (a complaint at 23:59 on
 * the last day of a month belongs to that month where it happened). The customer travels encrypted
 * (revision 2; revision 1 carried the contact in clear).
 */
@Revision("2")
public record ComplaintReceived(String complaintId, Channel channel, ProtectedContact customer, String content,
                                String demand, ComplaintTarget target, Urgency urgency, Instant receivedAt,
                                String timeZone, String policyVersion, ComplaintDeadlines deadlines) {
}
