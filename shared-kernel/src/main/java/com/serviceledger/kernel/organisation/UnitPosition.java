package com.serviceledger.kernel.organisation;

/**
 * The duties in a subsidiary that someone holds, and who is told what (DOMAIN: a complaint's deadlines escalate
 * department head → quality supervisor → management; an inspection escalation is reported to the manager and the
 * technical department). A position may have several holders (the subsidiary's quality supervisors).
 */
public enum UnitPosition {

    /** Head of one department (部門負責人): told of the department's complaints first. */
    DEPARTMENT_HEAD(true),
    /** Quality supervisor (質量主管): the second level of a complaint's escalation. */
    QUALITY_SUPERVISOR(false),
    /** Management (管理層): the last level of a complaint's escalation. */
    MANAGEMENT(false),
    /** The manager (經理): does the monthly inspection, is told of an inspection escalation. */
    MANAGER(false),
    /** Whoever answers for the technical department (技術部): monthly inspection, inspection escalation. */
    TECHNICAL_DEPARTMENT(false),
    /** Operations staff (營運專員): the department head reports a complaint's result to them the same day (002 第4篇 六). */
    OPERATIONS_STAFF(false);

    private final boolean ofDepartment;

    UnitPosition(boolean ofDepartment) {
        this.ofDepartment = ofDepartment;
    }

    /** Held for one department (a department id is named), else for the whole subsidiary (none is). */
    public boolean ofDepartment() {
        return ofDepartment;
    }
}
