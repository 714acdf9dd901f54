package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a staff member a new direct supervisor and/or group leader, from a given time (null: now). */
public record AssignSupervisor(@TargetAggregateIdentifier String staffId, String supervisorId, String groupLeaderId, Instant effectiveFrom) {
}
