package com.serviceledger.kernel.scoring;

/** A disciplinary measure beside the points (002 第4篇 §9). */
public enum Sanction {
    /** 記大過: tier 1. */
    MAJOR_DEMERIT,
    /** 警告: tier 2. */
    WARNING
}
