package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The staff member works in another department or post from effectiveAt. */
@Revision("1")
public record StaffTransferred(String staffId, String departmentId, String postId, Instant effectiveAt) {
}
