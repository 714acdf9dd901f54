package com.serviceledger.kernel.incident;

/** One plan per subsidiary and kind of emergency, so the plan in force for an incident is found by its id. */
public final class EmergencyPlanId {

    private EmergencyPlanId() {
    }

    public static String of(String subsidiaryId, EmergencyKind kind) {
        return "EPL-" + subsidiaryId + "-" + kind;
    }
}
