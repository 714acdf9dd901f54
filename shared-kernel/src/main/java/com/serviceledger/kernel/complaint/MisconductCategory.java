package com.serviceledger.kernel.complaint;

/** What verification found the responsible staff did; scoring (第5篇) prices each differently. */
public enum MisconductCategory {
    /** Attitude or working state: −5 under the default rule set. */
    ATTITUDE,
    /** Quarrelling with or abusing a customer: −10 under the default rule set. */
    QUARREL,
    /** A service failure without personal misconduct (process, equipment, capacity). */
    SERVICE_FAILURE,
    /** Verified, but nobody was at fault. */
    NONE
}
