package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.CustomerContact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operations specialist (營運專員) records a complaint. */
public record ReceiveComplaint(@TargetAggregateIdentifier String complaintId, Channel channel,
                               CustomerContact customer, String content, String demand,
                               ComplaintTarget target, Urgency urgency) {
}
