package com.serviceledger.query.audit.replay;

import java.util.Locale;

/**
 * What the replayed metrics group or filter by, named as the API names them: {@code groupBy} values and
 * filter parameters ({@code query.metrics.Dimension}).
 */
public enum ReplayDimension {
    SUBSIDIARY("subsidiaryId", "subsidiary"),
    DEPARTMENT("departmentId", "department"),
    POST("postId", "post"),
    CHANNEL("channel", "channel"),
    CATEGORY("category", "category");

    private final String parameter;
    private final String groupName;

    ReplayDimension(String parameter, String groupName) {
        this.parameter = parameter;
        this.groupName = groupName;
    }

    /** The API's filter parameter ({@code subsidiaryId}). */
    public String parameter() {
        return parameter;
    }

    /** The API's {@code groupBy} value ({@code subsidiary}). */
    public String groupName() {
        return groupName;
    }

    /** A {@code groupBy} value; null for none. */
    public static ReplayDimension ofGroupName(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("none")) {
            return null;
        }
        for (ReplayDimension dimension : values()) {
            if (dimension.groupName.equals(value.trim().toLowerCase(Locale.ROOT))) {
                return dimension;
            }
        }
        throw new ReplayException("groupBy",
                "must be one of none, subsidiary, department, post, channel, category, was '" + value + "'");
    }
}
