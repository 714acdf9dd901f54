package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a staff member to another department or post, from a given time (null: now). */
public record TransferStaff(@TargetAggregateIdentifier String staffId, String departmentId, String postId, Instant effectiveFrom) {
}
