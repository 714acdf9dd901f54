package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The staff member leaves the company. */
public record RecordStaffDeparture(@TargetAggregateIdentifier String staffId, Instant effectiveFrom) {
}
