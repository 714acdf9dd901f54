package com.serviceledger.kernel.inspection;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three inspections of 002 第3篇 (1) and who must take part in each: a daily round by the assistant
 * or the foreman; a weekly one on a random day by the assistant, the foreman and the contractor's site
 * lead together; a full one at month end by the technical department, the manager, the assistant and
 * the foreman.
 */
public enum InspectionKind {
    DAILY(EnumSet.noneOf(InspectorRole.class), EnumSet.of(InspectorRole.ASSISTANT, InspectorRole.FOREMAN)),
    WEEKLY(EnumSet.of(InspectorRole.ASSISTANT, InspectorRole.FOREMAN, InspectorRole.CONTRACTOR_SITE_LEAD),
            EnumSet.noneOf(InspectorRole.class)),
    MONTHLY(EnumSet.of(InspectorRole.TECHNICAL_DEPARTMENT, InspectorRole.MANAGER, InspectorRole.ASSISTANT,
            InspectorRole.FOREMAN), EnumSet.noneOf(InspectorRole.class));

    private final Set<InspectorRole> allOf;
    private final Set<InspectorRole> oneOf;

    InspectionKind(Set<InspectorRole> allOf, Set<InspectorRole> oneOf) {
        this.allOf = allOf;
        this.oneOf = oneOf;
    }

    /** Whether the roles present make up this kind's team; other roles may join. */
    public boolean isStaffedBy(Set<InspectorRole> present) {
        return present.containsAll(allOf) && (oneOf.isEmpty() || oneOf.stream().anyMatch(present::contains));
    }

    /** The team this kind needs, in words, for rejections. */
    public String requiredTeam() {
        return allOf.isEmpty() ? "one of " + oneOf : "all of " + allOf;
    }

    /** A weekly inspection is done together with the contractor, so it needs one. */
    public boolean needsContractor() {
        return this == WEEKLY;
    }
}
