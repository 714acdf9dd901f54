package com.serviceledger.command.inspection;

import com.serviceledger.kernel.inspection.InspectionCounted;
import com.serviceledger.kernel.inspection.KindFigures;
import java.util.ArrayList;
import java.util.List;

/** One inspection kind's counts in a month. */
final class KindTally {

    private int inspections;
    private int items;
    private int failedItems;
    private final List<String> withFailures = new ArrayList<>();

    void add(InspectionCounted counted) {
        inspections++;
        items += counted.itemCount();
        failedItems += counted.failedCount();
        if (counted.hasFailures()) {
            withFailures.add(counted.inspectionId());
        }
    }

    /** The inspections of this kind with at least one failed item, in the order counted. */
    List<String> withFailures() {
        return List.copyOf(withFailures);
    }

    int failedItems() {
        return failedItems;
    }

    KindFigures figures() {
        return new KindFigures(inspections, withFailures.size(), items, failedItems,
                items == 0 ? null : QualityScore.rate(items - failedItems, items));
    }

}
