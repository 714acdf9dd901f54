package com.serviceledger.kernel.satisfaction;

import com.serviceledger.kernel.common.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer's satisfaction score 1–5 from a follow-up call, an online rating or a questionnaire. */
public record RecordRating(@TargetAggregateIdentifier String ratingId, RatingSource source, RatedUnit unit,
                           Channel channel, String caseId, int score, String comment) {
}
