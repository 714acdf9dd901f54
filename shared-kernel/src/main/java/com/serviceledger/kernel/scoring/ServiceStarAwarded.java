package com.serviceledger.kernel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The unit's service star of the month, its consecutive months as star and the bonus so decided. */
@Revision("1")
public record ServiceStarAwarded(String starBoardId, String subsidiaryId, String departmentId, String month,
                                 String staffId, int consecutiveMonths, BigDecimal bonus, String policyVersion,
                                 Instant awardedAt) {
}
