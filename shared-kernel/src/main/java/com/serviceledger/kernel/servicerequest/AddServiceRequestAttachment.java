package com.serviceledger.kernel.servicerequest;

import com.serviceledger.kernel.common.NewAttachment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a file, already stored, to the service request (not once closed); the same content a second time changes nothing. */
public record AddServiceRequestAttachment(@TargetAggregateIdentifier String requestId, NewAttachment attachment) {
}
