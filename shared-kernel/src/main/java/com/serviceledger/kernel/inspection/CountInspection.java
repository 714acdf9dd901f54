package com.serviceledger.kernel.inspection;

import com.serviceledger.kernel.common.SystemCommand;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Counts a recorded inspection in its unit's month; counting the same inspection again changes nothing. */
public record CountInspection(@TargetAggregateIdentifier String qualityMonthId, InspectedUnit unit, String month,
                              String timeZone, String inspectionId, InspectionKind kind, int itemCount,
                              int failedCount, Instant inspectedAt) implements SystemCommand {
}
