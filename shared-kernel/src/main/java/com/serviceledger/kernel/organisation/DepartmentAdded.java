package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A department was added to a subsidiary. */
@Revision("1")
public record DepartmentAdded(String subsidiaryId, String departmentId, String name, DepartmentKind kind, Instant addedAt) {
}
