package com.serviceledger.kernel.servicerequest;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The initial review found materials missing: tell the customer every missing item, at once (一次性告知). */
public record RequestMaterials(@TargetAggregateIdentifier String requestId, List<String> missingItems) {
}
