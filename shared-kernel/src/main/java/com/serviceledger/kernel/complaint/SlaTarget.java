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
    CALLBACK(EscalationLevel.QUALITY_SUPERVISOR),
    /** The department returns its investigation result (001 §3.3 item 2: [X] working days from forwarding). */
    INVESTIGATION(EscalationLevel.QUALITY_SUPERVISOR),
    /** The department returns its solution to the service staff (001 §3.3 item 3: [X] working days more). */
    SOLUTION(EscalationLevel.QUALITY_SUPERVISOR),
    /** The department head reports the result to the operations staff the same day (002 第4篇 六.1). */
    RESULT_REPORT(EscalationLevel.QUALITY_SUPERVISOR),
    /** Suggestion-box and hotline complaints: the complainant is answered within 1–3 days (002 第1篇 六.3). */
    REPLY(EscalationLevel.QUALITY_SUPERVISOR);

    private final EscalationLevel breachEscalation;

    SlaTarget(EscalationLevel breachEscalation) {
        this.breachEscalation = breachEscalation;
    }

    /** Who is told when this target is missed: the level above the department head. */
    public EscalationLevel breachEscalation() {
        return breachEscalation;
    }
}
