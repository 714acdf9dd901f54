package com.serviceledger.query.metrics;

/**
 * What figures can be grouped or filtered by; {@code parameter} is the filter's query parameter. Staff
 * is used by the staff evaluation report only.
 */
enum Dimension {
    SUBSIDIARY("subsidiaryId", "subsidiary"),
    DEPARTMENT("departmentId", "department"),
    POST("postId", "post"),
    CHANNEL("channel", "channel"),
    CATEGORY("category", "category"),
    STAFF("staffId", "staff");

    private final String parameter;
    private final String groupName;

    Dimension(String parameter, String groupName) {
        this.parameter = parameter;
        this.groupName = groupName;
    }

    String parameter() {
        return parameter;
    }

    /** The value of {@code groupBy} that groups by this dimension. */
    String groupName() {
        return groupName;
    }
}
