package com.serviceledger.kernel.complaint;

/** Why a complaint the customer does not accept went to management (issue 19's way out of 001 §3.3 item 4). */
public enum EscalationCause {
    /** The customer rejected the policy's number of proposed solutions. */
    REPEATED_REJECTION,
    /** The policy's time since receipt passed without an accepted solution. */
    TIME_LIMIT
}
