package com.serviceledger.kernel.inspection;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The inspectors hand in the filled-in checklist (日檢查表, 周檢表, 月檢表): one form, one command. The
 * inspection time is when it is recorded (entered on site).
 */
public record RecordInspection(@TargetAggregateIdentifier String inspectionId, InspectionKind kind,
                               InspectedUnit unit, List<Inspector> inspectors, List<CheckedItem> items) {

    public RecordInspection {
        inspectors = List.copyOf(inspectors);
        items = List.copyOf(items);
    }
}
