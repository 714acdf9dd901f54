package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The staff member's supervisor and group leader from effectiveAt. */
@Revision("1")
public record SupervisorAssigned(String staffId, String supervisorId, String groupLeaderId, Instant effectiveAt) {
}
