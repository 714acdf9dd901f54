package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A post was added to a department. */
@Revision("1")
public record PostAdded(String subsidiaryId, String postId, String departmentId, String name, Instant addedAt) {
}
