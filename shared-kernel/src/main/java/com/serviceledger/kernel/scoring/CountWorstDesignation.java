package com.serviceledger.kernel.scoring;

import com.serviceledger.kernel.common.SystemCommand;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Counts a worst designation in the staff member's history; counting the same month again changes nothing. */
public record CountWorstDesignation(@TargetAggregateIdentifier String staffRecordId, String staffId,
                                    String scorecardId, String month, int dismissalAtDesignation,
                                    String policyVersion, Instant designatedAt) implements SystemCommand {
}
