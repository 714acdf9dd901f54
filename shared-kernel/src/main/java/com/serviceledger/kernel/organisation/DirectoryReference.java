package com.serviceledger.kernel.organisation;

import java.util.List;
import java.util.Objects;

/**
 * One directory id a command names, and the request field it came from, so a refusal can name the field.
 *
 * @param subsidiaryId the subsidiary the id must belong to; null for staff of any subsidiary (a group leader),
 *                     or, when {@code ofCase}, the subsidiary of the case the command acts on
 * @param departmentId for a post: the department it must belong to, when the command names one
 * @param ofCase       the id belongs to the case's subsidiary, which only the case knows
 */
public record DirectoryReference(String field, Kind kind, String id, String subsidiaryId, String departmentId,
                                 boolean ofCase) {

    public enum Kind {
        SUBSIDIARY,
        DEPARTMENT,
        POST,
        /** A staff member employed when the command is handled: someone given work. */
        STAFF,
        /** A staff member the directory knows, who may have left since: someone a past event is about. */
        STAFF_ON_RECORD
    }

    public DirectoryReference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }

    public static DirectoryReference subsidiary(String field, String id) {
        return new DirectoryReference(field, Kind.SUBSIDIARY, id, id, null, false);
    }

    public static DirectoryReference department(String field, String subsidiaryId, String id) {
        return new DirectoryReference(field, Kind.DEPARTMENT, id, subsidiaryId, null, false);
    }

    /** A post of the subsidiary; of the department too, when one is named. */
    public static DirectoryReference post(String field, String subsidiaryId, String departmentId, String id) {
        return new DirectoryReference(field, Kind.POST, id, subsidiaryId, departmentId, false);
    }

    /** Staff employed now; of the subsidiary, or of any subsidiary when it is null. */
    public static DirectoryReference staff(String field, String subsidiaryId, String id) {
        return new DirectoryReference(field, Kind.STAFF, id, subsidiaryId, null, false);
    }

    public static DirectoryReference staffOnRecord(String field, String subsidiaryId, String id) {
        return new DirectoryReference(field, Kind.STAFF_ON_RECORD, id, subsidiaryId, null, false);
    }

    /**
     * The unit a request names under one object ({@code target}, {@code unit}): its subsidiary, department and post,
     * and the staff member it is about, who may have left since (a past service); null ids name nothing.
     */
    public static List<DirectoryReference> unit(String object, String subsidiaryId, String departmentId,
                                                String postId, String staffId) {
        return List.of(subsidiary(object + ".subsidiaryId", subsidiaryId),
                department(object + ".departmentId", subsidiaryId, departmentId),
                post(object + ".postId", subsidiaryId, departmentId, postId),
                staffOnRecord(object + ".staffId", subsidiaryId, staffId));
    }

    /** A department of the case's subsidiary. */
    public static DirectoryReference caseDepartment(String field, String id) {
        return new DirectoryReference(field, Kind.DEPARTMENT, id, null, null, true);
    }

    /** A post of the case's subsidiary (of the department, when one is named). */
    public static DirectoryReference casePost(String field, String departmentId, String id) {
        return new DirectoryReference(field, Kind.POST, id, null, departmentId, true);
    }

    /** Staff of the case's subsidiary, employed now. */
    public static DirectoryReference caseStaff(String field, String id) {
        return new DirectoryReference(field, Kind.STAFF, id, null, null, true);
    }

    /** Staff of the case's subsidiary, who may have left since. */
    public static DirectoryReference caseStaffOnRecord(String field, String id) {
        return new DirectoryReference(field, Kind.STAFF_ON_RECORD, id, null, null, true);
    }

    /** This reference with the case's subsidiary filled in. */
    public DirectoryReference within(String caseSubsidiaryId) {
        return ofCase ? new DirectoryReference(field, kind, id, caseSubsidiaryId, departmentId, false) : this;
    }
}
