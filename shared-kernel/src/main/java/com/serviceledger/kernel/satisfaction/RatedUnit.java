package com.serviceledger.kernel.satisfaction;

/** The unit a rating is about; the subsidiary always, department, post and staff when known. */
public record RatedUnit(String subsidiaryId, String departmentId, String postId, String staffId) {
}
