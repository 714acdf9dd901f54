package com.serviceledger.kernel.servicerequest;

/** Where a service request stands (000 §2.2, 001 §3.1–3.2). */
public enum ServiceRequestStatus {
    RECEIVED,
    /** The customer was told every missing item at once; the request waits for them. */
    AWAITING_MATERIALS,
    ASSIGNED,
    ASSESSED,
    PLANNED,
    IN_PROGRESS,
    DELIVERED,
    /** The customer rejected the delivery at acceptance: back to work. */
    REWORK,
    ACCEPTED,
    CLOSED
}
