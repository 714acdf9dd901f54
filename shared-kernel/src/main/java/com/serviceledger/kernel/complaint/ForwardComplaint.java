package com.serviceledger.kernel.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Forward to the complained-about department's head (工作聯繫函). */
public record ForwardComplaint(@TargetAggregateIdentifier String complaintId, String departmentId, String departmentHeadId) {
}
