package com.serviceledger.kernel.servicerequest;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.CustomerContact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer's need is recorded. */
public record ReceiveServiceRequest(@TargetAggregateIdentifier String requestId, Channel channel,
                                    CustomerContact customer, ServiceCategory category, String description,
                                    ServiceRequestTarget target) {
}
