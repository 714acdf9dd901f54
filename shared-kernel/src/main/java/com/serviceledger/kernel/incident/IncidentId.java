package com.serviceledger.kernel.incident;

import java.util.UUID;

/** Identifiers of incidents and of the drills of plans. */
public final class IncidentId {

    private IncidentId() {
    }

    public static String next() {
        return "INC-" + UUID.randomUUID();
    }

    public static String nextDrill() {
        return "DRL-" + UUID.randomUUID();
    }
}
