package com.serviceledger.kernel.servicerequest;

import java.util.UUID;

/** Identifier of a service request. */
public final class ServiceRequestId {
    private ServiceRequestId() {
    }

    public static String next() {
        return "SRQ-" + UUID.randomUUID();
    }
}
