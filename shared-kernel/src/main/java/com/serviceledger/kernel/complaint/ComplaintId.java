package com.serviceledger.kernel.complaint;

import java.util.UUID;

/** Identifier of a complaint case. */
public final class ComplaintId {
    private ComplaintId() {
    }

    public static String next() {
        return "CMP-" + UUID.randomUUID();
    }
}
