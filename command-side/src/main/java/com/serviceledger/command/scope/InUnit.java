package com.serviceledger.command.scope;

import com.serviceledger.kernel.common.OrgUnit;

/** An aggregate that belongs to a unit of the group: a user acts on it only if their scope covers the unit. */
public interface InUnit {

    /** The unit, as its events placed it (a complaint: its department once forwarded); null before its first event. */
    OrgUnit orgUnit();
}
