package com.serviceledger.kernel.inspection;

import com.serviceledger.kernel.common.SystemCommand;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the rectification case of one failed item; sent for each non-conformity of a recorded
 * inspection. Raising an already raised case changes nothing (delivery is at least once).
 */
public record RaiseRectification(@TargetAggregateIdentifier String rectificationId, String inspectionId,
                                 InspectionKind inspectionKind, InspectedUnit unit, String month, String timeZone,
                                 Instant inspectedAt, String policyVersion, NonConformity nonConformity)
        implements SystemCommand {
}
