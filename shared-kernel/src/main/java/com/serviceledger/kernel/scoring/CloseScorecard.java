package com.serviceledger.kernel.scoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The month close of one staff member's scorecard: totals and the worst service verdict. */
public record CloseScorecard(@TargetAggregateIdentifier String scorecardId) {
}
