package com.serviceledger.kernel.servicerequest;

/** The timed promises of a service request. */
public enum ServiceRequestSlaTarget {
    /** A first response within the policy's minutes of receipt (001 §2.2.1). */
    FIRST_RESPONSE,
    /** Delivery by the due time in force: the plan's, or a later one announced in time. */
    DELIVERY
}
