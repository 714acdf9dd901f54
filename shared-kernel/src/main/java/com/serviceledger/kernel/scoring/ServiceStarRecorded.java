package com.serviceledger.kernel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The star's month shows the award and the bonus decided by the unit's star board. */
@Revision("1")
public record ServiceStarRecorded(String scorecardId, String staffId, String month, int consecutiveMonths,
                                  BigDecimal bonus, String policyVersion, Instant awardedAt) {
}
