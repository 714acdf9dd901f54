package com.serviceledger.kernel.inspection;

import com.serviceledger.kernel.common.NewAttachment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a file, already stored, to the inspection; the same content a second time changes nothing. */
public record AddInspectionAttachment(@TargetAggregateIdentifier String inspectionId, NewAttachment attachment) {
}
