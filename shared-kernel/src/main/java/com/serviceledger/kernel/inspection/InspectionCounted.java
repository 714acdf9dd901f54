package com.serviceledger.kernel.inspection;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An inspection counted in its unit's month. */
@Revision("1")
public record InspectionCounted(String qualityMonthId, String inspectionId, InspectionKind kind, int itemCount,
                                int failedCount, Instant inspectedAt) {

    public boolean hasFailures() {
        return failedCount > 0;
    }
}
