package com.serviceledger.platform.security;

import java.util.List;

/**
 * The roles of the regulations' people, as Spring authorities {@code ROLE_<NAME>}. A user may hold several.
 */
public final class Roles {

    /** Receives complaints and service requests (the operations specialist 營運專員), reads cases. */
    public static final String AGENT = "AGENT";
    /** Forwards and assigns inside the department, decides department-level steps, reads. */
    public static final String DEPARTMENT_HEAD = "DEPARTMENT_HEAD";
    /** Contacts the customer, goes on site, resolves, rectifies; reads cases. */
    public static final String HANDLER = "HANDLER";
    /** Quality inspections, findings, rectification checks; reads. */
    public static final String INSPECTOR = "INSPECTOR";
    /** Callbacks, verification, dismissals, scoring and service stars; reads everything but audit and admin. */
    public static final String QUALITY_SUPERVISOR = "QUALITY_SUPERVISOR";
    /** Metrics, reports, history; no case reads (personal data), no commands. */
    public static final String ANALYST = "ANALYST";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "AUDITOR";
    /** Policies, the organisation directory, views, dead letters, actuator. */
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(AGENT, DEPARTMENT_HEAD, HANDLER, INSPECTOR, QUALITY_SUPERVISOR,
            ANALYST, AUDITOR, ADMIN);

    private Roles() {
    }

    /** The Spring authority of a role name. */
    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
