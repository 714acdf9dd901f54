package com.serviceledger.kernel.complaint;

import com.serviceledger.kernel.common.NewAttachment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a file, already stored, to the complaint (not once archived); the same content a second time changes nothing. */
public record AddComplaintAttachment(@TargetAggregateIdentifier String complaintId, NewAttachment attachment) {
}
