package com.serviceledger.kernel.complaint;

/** Where a complaint stands in its lifecycle (002 第4篇, 001 §3.3). */
public enum ComplaintStatus {
    RECEIVED,
    DISMISSED,
    FORWARDED,
    CONTACTED,
    IN_HANDLING,
    RESOLVED,
    REOPENED,
    CALLED_BACK,
    VERIFIED,
    ARCHIVED,
    /** Escalated and closed though the customer never accepted a solution; still verified and archived. */
    CLOSED_UNRESOLVED
}
