package com.serviceledger.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a post or service window (崗位) to a department of the subsidiary. */
public record AddPost(@TargetAggregateIdentifier String subsidiaryId, String postId, String departmentId, String name) {
}
