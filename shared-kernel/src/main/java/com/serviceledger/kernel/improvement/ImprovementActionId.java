package com.serviceledger.kernel.improvement;

import java.util.UUID;

/** Identifier of an improvement action. */
public final class ImprovementActionId {

    private ImprovementActionId() {
    }

    public static String next() {
        return "IMP-" + UUID.randomUUID();
    }
}
