package com.serviceledger.query.complaint;

import com.serviceledger.kernel.complaint.SlaTarget;

/** Where each SLA target's facts live in the complaint view ({@code sla.contactHardLimit}). */
public final class SlaFields {

    private SlaFields() {
    }

    /** The target's name in documents and API answers. */
    public static String name(SlaTarget target) {
        return switch (target) {
            case CONTACT -> "contact";
            case CONTACT_HARD_LIMIT -> "contactHardLimit";
            case ON_SITE -> "onSite";
            case RESOLUTION -> "resolution";
            case CALLBACK -> "callback";
            case INVESTIGATION -> "investigation";
            case SOLUTION -> "solution";
            case RESULT_REPORT -> "resultReport";
            case REPLY -> "reply";
        };
    }

    public static String path(SlaTarget target, String fact) {
        return "sla." + name(target) + "." + fact;
    }
}
