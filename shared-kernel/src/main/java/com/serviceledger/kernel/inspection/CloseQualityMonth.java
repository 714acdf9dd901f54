package com.serviceledger.kernel.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The monthly evaluation (質量考評): closes a unit's month once it is over and scores it. */
public record CloseQualityMonth(@TargetAggregateIdentifier String qualityMonthId) {
}
