package com.serviceledger.kernel.common;

/**
 * A command that names the unit it acts in (a new case's target, the subsidiary of a policy): the scope check
 * reads the unit here, and a unit outside the user's scope is refused naming {@link #unitField()}.
 */
public interface UnitCommand {

    /** The unit the command acts in. */
    OrgUnit orgUnit();

    /** The request field that names the unit's subsidiary. */
    default String unitField() {
        return "subsidiaryId";
    }
}
