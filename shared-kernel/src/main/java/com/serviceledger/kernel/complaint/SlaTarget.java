package com.serviceledger.kernel.complaint;

/** The timed promises of a complaint (002 第4篇 §7, 001 §3.3). */
public enum SlaTarget {
    /** Department head contacts the customer with a proposed solution (target 30 minutes). */
    CONTACT(EscalationLevel.QUALITY_SUPERVISOR),
    /** The same contact, hard limit for special cases (4 hours). */
    CONTACT_HARD_LIMIT(EscalationLevel.MANAGEMENT),
    /** Urgent complaints: a handler on site (10 minutes). */
    ON_SITE(EscalationLevel.QUALITY_SUPERVISOR),
    /** Resolution (2 days, calendar or working per policy). */
    RESOLUTION(EscalationLevel.QUALITY_SUPERVISOR),
    /** Callback to the customer by the local end of the day of resolution. */
    CALLBACK(EscalationLevel.QUALITY_SUPERVISOR);

    private final EscalationLevel breachEscalation;

    SlaTarget(EscalationLevel breachEscalation) {
        this.breachEscalation = breachEscalation;
    }

    /** Who is told when this target is missed: the level above the department head. */
    public EscalationLevel breachEscalation() {
        return breachEscalation;
    }
}
