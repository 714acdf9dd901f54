package com.serviceledger.kernel.inspection;

/** How a failed item is rectified (002 第3篇 (3) 4–5). */
public enum Severity {
    /** A slight non-conformity: the staff is told and fixes it within the minor fix window (1 hour). */
    MINOR,
    /** Too much work for that: a work order (報事單) with its own deadline. */
    MAJOR
}
