package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A planned drill was not recorded by its due time. */
@Revision("1")
public record DrillOverdue(String planId, String drillId, String subsidiaryId, Instant dueAt, Instant overdueAt) {
}
