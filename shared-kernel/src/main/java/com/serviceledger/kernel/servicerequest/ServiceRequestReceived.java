package com.serviceledger.kernel.servicerequest;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ProtectedContact;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A service request was recorded; its first response is due by {@code responseDueAt}, fixed under the
 * policy version named here. The subsidiary's time zone travels along because months are local. The customer travels encrypted (revision 2;
 * revision 1 carried the contact in clear).
 */
@Revision("2")
public record ServiceRequestReceived(String requestId, Channel channel, ProtectedContact customer,
                                     ServiceCategory category, String description, ServiceRequestTarget target,
                                     Instant receivedAt, String timeZone, String policyVersion,
                                     Instant responseDueAt) {
}
