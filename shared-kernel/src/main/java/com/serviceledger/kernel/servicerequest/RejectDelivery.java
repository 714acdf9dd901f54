package com.serviceledger.kernel.servicerequest;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer does not accept the delivered result, for the reasons given: back to work. */
public record RejectDelivery(@TargetAggregateIdentifier String requestId, List<String> reasons) {
}
