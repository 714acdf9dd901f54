package com.serviceledger.kernel.inspection;

/** Where a rectification case stands. */
public enum RectificationStatus {
    /** Raised, deadline not passed. */
    OPEN,
    /** Deadline passed unfixed: penalised, owners' committee informed. */
    OVERDUE,
    /** Fixed by the deadline. */
    RECTIFIED,
    /** Fixed after the deadline. */
    RECTIFIED_LATE
}
