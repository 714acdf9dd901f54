package com.serviceledger.kernel.scoring;

/** A staff member's scoring history across months (worst designations). */
public final class StaffRecordId {

    private StaffRecordId() {
    }

    public static String of(String staffId) {
        return "SR:" + staffId;
    }
}
