package com.serviceledger.kernel.inspection;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An inspection was recorded. Its local month (in the subsidiary's zone) is fixed here, as are the
 * rectification deadlines of its failed items, under the policy version named.
 *
 * @param month the local calendar month, e.g. {@code 2026-03}
 */
@Revision("1")
public record InspectionRecorded(String inspectionId, InspectionKind kind, InspectedUnit unit,
                                 List<Inspector> inspectors, List<CheckedItem> items,
                                 List<NonConformity> nonConformities, Instant inspectedAt, String timeZone,
                                 String month, String policyVersion) {

    public InspectionRecorded {
        inspectors = List.copyOf(inspectors);
        items = List.copyOf(items);
        nonConformities = List.copyOf(nonConformities);
    }

    public int failedCount() {
        return nonConformities.size();
    }
}
