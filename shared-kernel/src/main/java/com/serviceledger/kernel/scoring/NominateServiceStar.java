package com.serviceledger.kernel.scoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A unit manager names the month's service star (服務明星), after the month is over. */
public record NominateServiceStar(@TargetAggregateIdentifier String starBoardId, String subsidiaryId,
                                  String departmentId, String month, String staffId) {
}
