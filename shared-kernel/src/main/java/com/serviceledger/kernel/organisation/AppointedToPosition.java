package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The staff member holds the position (of the department, for a department head) from effectiveAt. */
@Revision("1")
public record AppointedToPosition(String subsidiaryId, UnitPosition position, String staffId, String departmentId,
                                  Instant effectiveAt) {
}
