package com.serviceledger.kernel.inspection;

import com.serviceledger.kernel.common.NewAttachment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a file, already stored, to the rectification case; the same content a second time changes nothing. */
public record AddRectificationAttachment(@TargetAggregateIdentifier String rectificationId, NewAttachment attachment) {
}
