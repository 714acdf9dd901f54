package com.serviceledger.kernel.organisation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A subsidiary's departments and posts, as registered. */
public record SubsidiaryUnits(String subsidiaryId, Set<String> departmentIds, Map<String, String> postDepartments) {

    public SubsidiaryUnits {
        departmentIds = Set.copyOf(departmentIds);
        postDepartments = Map.copyOf(postDepartments);
    }

    /** Folds a subsidiary's events; empty when it was never registered. */
    public static Optional<SubsidiaryUnits> of(Iterable<?> events) {
        String subsidiaryId = null;
        Set<String> departments = new HashSet<>();
        Map<String, String> posts = new HashMap<>();
        for (Object event : events) {
            switch (event) {
                case SubsidiaryRegistered e -> subsidiaryId = e.subsidiaryId();
                case DepartmentAdded e -> departments.add(e.departmentId());
                case PostAdded e -> posts.put(e.postId(), e.departmentId());
                default -> {
                }
            }
        }
        return subsidiaryId == null ? Optional.empty()
                : Optional.of(new SubsidiaryUnits(subsidiaryId, departments, posts));
    }

    public boolean hasDepartment(String departmentId) {
        return departmentIds.contains(departmentId);
    }

    /** The department the post belongs to, if the subsidiary has the post. */
    public Optional<String> departmentOfPost(String postId) {
        return Optional.ofNullable(postDepartments.get(postId));
    }
}
