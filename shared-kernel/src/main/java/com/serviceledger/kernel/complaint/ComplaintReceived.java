package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ProtectedContact;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A complaint was recorded; its due times are fixed under the policy version named here. The
 * subsidiary's time zone travels along because days and months are local (a complaint at 23:59 on
 * the last day of a month belongs to that month where it happened). The customer travels encrypted
 * (since revision 2; revision 1 carried the contact in clear). The complained-about unit is
 * {@code complainedAbout} (revision 3; revision 2 named it {@code target}, the word the case's SLA events use for
 * an SLA target: {@link ComplaintReceivedUpcaster} reads revision 2 as 3).
 * A department-coordination complaint (002 第5篇 二.2) names its {@code complainingDepartment} and no customer; null in a customer's complaint (and in every older event).
 */
@Revision("3")
public record ComplaintReceived(String complaintId, Channel channel, ProtectedContact customer, String content,
                                String demand, ComplaintTarget complainedAbout, Urgency urgency, Instant receivedAt,
                                String timeZone, String policyVersion, ComplaintDeadlines deadlines,
                                ComplainingDepartment complainingDepartment) {

    /** A customer's complaint. */
    public ComplaintReceived(String complaintId, Channel channel, ProtectedContact customer, String content,
                             String demand, ComplaintTarget complainedAbout, Urgency urgency, Instant receivedAt,
                             String timeZone, String policyVersion, ComplaintDeadlines deadlines) {
        this(complaintId, channel, customer, content, demand, complainedAbout, urgency, receivedAt, timeZone,
                policyVersion, deadlines, null);
    }
}
