package com.serviceledger.kernel.inspection;

/** A fact about a rectification case that its month's evaluation counts. */
public enum RectificationOutcome {
    RECTIFIED_ON_TIME, RECTIFIED_LATE, OVERDUE
}
