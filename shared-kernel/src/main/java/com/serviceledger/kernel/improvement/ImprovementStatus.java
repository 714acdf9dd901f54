package com.serviceledger.kernel.improvement;

/** Where an improvement action stands; overdue is a flag beside it (an open action may be late). */
public enum ImprovementStatus {
    /** Raised, or reopened after a check found it not effective: the owner works on it. */
    OPEN,
    /** The owner reported it done; its effect is still to be checked. */
    DONE,
    /** Done and found effective: closed. */
    EFFECTIVE
}
