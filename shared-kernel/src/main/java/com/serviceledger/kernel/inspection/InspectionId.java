package com.serviceledger.kernel.inspection;

import java.util.UUID;

/** Identifiers of inspections and of the rectification case of each failed item. */
public final class InspectionId {

    private InspectionId() {
    }

    public static String next() {
        return "INS-" + UUID.randomUUID();
    }

    /** Derived, so raising the case twice (at-least-once delivery) finds the same case. */
    public static String rectificationId(String inspectionId, int itemNo) {
        return "RCT-" + inspectionId + "-" + itemNo;
    }
}
