package com.serviceledger.kernel.inspection;

import com.serviceledger.kernel.common.SystemCommand;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Counts what became of a rectification case in the month of the inspection that found it (which
 * opened that month); each outcome of a case counts once.
 */
public record CountRectificationOutcome(@TargetAggregateIdentifier String qualityMonthId, String rectificationId,
                                        RectificationOutcome outcome, BigDecimal penalty, Instant at)
        implements SystemCommand {
}
