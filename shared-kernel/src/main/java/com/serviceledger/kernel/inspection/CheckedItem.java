package com.serviceledger.kernel.inspection;

import java.time.Instant;

/**
 * One line of the checklist as the inspectors filled it in. A failed item says how serious it is and
 * what is wrong; a major one may carry the deadline written on its work order (else the policy's).
 *
 * @param standardCode      the standard checked (the contract's service standard item)
 * @param responsibleStaffId who is told to fix it, if known
 * @param workOrderDueAt    major items only: the deadline written on the work order
 */
public record CheckedItem(String standardCode, ItemResult result, String note, Severity severity,
                          String responsibleStaffId, Instant workOrderDueAt) {

    public static CheckedItem pass(String standardCode) {
        return new CheckedItem(standardCode, ItemResult.PASS, null, null, null, null);
    }

    public static CheckedItem fail(String standardCode, Severity severity, String note) {
        return new CheckedItem(standardCode, ItemResult.FAIL, note, severity, null, null);
    }

    public boolean failed() {
        return result == ItemResult.FAIL;
    }
}
