package com.serviceledger.kernel.common;

/**
 * Where in the group a case or a command belongs: a subsidiary, and one of its departments when the case has
 * one (null: the subsidiary as a whole). A user's scope is checked against it.
 */
public record OrgUnit(String subsidiaryId, String departmentId) {

    public static OrgUnit subsidiary(String subsidiaryId) {
        return new OrgUnit(subsidiaryId, null);
    }
}
