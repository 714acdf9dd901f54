package com.serviceledger.kernel.incident;

/** What a drill showed of its plan's feasibility and effectiveness (000 §8 (二): 可行性和有效性). */
public enum DrillRating {
    EFFECTIVE,
    PARTLY_EFFECTIVE,
    INEFFECTIVE
}
