package com.serviceledger.kernel.satisfaction;

import com.serviceledger.kernel.common.Channel;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A satisfaction score was recorded; CSAT counts 4 and 5 as satisfied. */
@Revision("1")
public record RatingRecorded(String ratingId, RatingSource source, RatedUnit unit, Channel channel, String caseId,
                             int score, String comment, Instant ratedAt, String timeZone) {

    public boolean satisfied() {
        return score >= 4;
    }
}
