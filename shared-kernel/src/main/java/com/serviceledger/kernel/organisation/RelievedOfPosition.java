package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The staff member no longer holds the position from effectiveAt. */
@Revision("1")
public record RelievedOfPosition(String subsidiaryId, UnitPosition position, String staffId, String departmentId,
                                 Instant effectiveAt) {
}
