package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A planned drill is not recorded yet and its due time is near. */
@Revision("1")
public record DrillWarningRaised(String planId, String drillId, String subsidiaryId, int percentElapsed,
                                 Instant dueAt, Instant raisedAt) {
}
