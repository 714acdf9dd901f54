package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.common.SystemCommand;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a unit's service star award on the star's own scorecard of that month; idempotent. */
public record RecordServiceStar(@TargetAggregateIdentifier String scorecardId, String staffId, String month,
                                String timeZone, String subsidiaryId, String departmentId, int consecutiveMonths,
                                BigDecimal bonus, String policyVersion, Instant awardedAt) implements SystemCommand {
}
