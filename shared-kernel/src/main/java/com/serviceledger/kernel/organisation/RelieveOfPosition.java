package com.serviceledger.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A holder gives up a position (also one who has left: their position is vacated on record). */
public record RelieveOfPosition(@TargetAggregateIdentifier String subsidiaryId, UnitPosition position, String staffId,
                                String departmentId) {
}
