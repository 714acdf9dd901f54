package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A staff member joined; the chain of responsibility holds from effectiveAt. */
@Revision("1")
public record StaffHired(String staffId, String name, String subsidiaryId, String departmentId, String postId, String supervisorId, String groupLeaderId, Instant effectiveAt) {
}
