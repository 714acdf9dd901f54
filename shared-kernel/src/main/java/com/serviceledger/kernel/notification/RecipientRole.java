package com.serviceledger.kernel.notification;

/**
 * Who receives a notification, by their part in the case or their position in the unit; the directory as it stood
 * when the event happened says who that is.
 */
public enum RecipientRole {
    /** The holders of the escalation level the warning or breach names (department head, quality supervisor, management). */
    ESCALATION_LEVEL(true),
    /** The head of the case's department (the department's DEPARTMENT_HEAD position). */
    DEPARTMENT_HEAD(true),
    /** The subsidiary's quality supervisors. */
    QUALITY_SUPERVISOR(true),
    /** The subsidiary's management. */
    MANAGEMENT(true),
    /** The subsidiary's manager. */
    MANAGER(true),
    /** Whoever answers for the subsidiary's technical department. */
    TECHNICAL_DEPARTMENT(true),
    /**
     * Whom the case is in the hands of: the named handler of a complaint (the department head it was forwarded to,
     * on a forward), the assignee of a service request, the staff member responsible for a rectification.
     */
    HANDLER(true),
    /** The staff member the event is about (a worst-service notice, a star, a dismissal recommendation). */
    STAFF_MEMBER(true),
    /** The inspected unit's contractor (its registered contact; outside the group, e-mail only). */
    CONTRACTOR(false),
    /** The site's owners' committee (its registered contact; outside the group, e-mail only). */
    OWNERS_COMMITTEE(false),
    /** The case's customer, when they gave an e-mail (through the vault, never after erasure). */
    CUSTOMER(false),
    /** The subsidiary's operations staff (營運專員), who record a complaint's final result (002 第4篇 六). */
    OPERATIONS_STAFF(true);

    private final boolean staff;

    RecipientRole(boolean staff) {
        this.staff = staff;
    }

    /** A staff member of the group, who has an inbox; the others are reached by e-mail only. */
    public boolean staff() {
        return staff;
    }
}
