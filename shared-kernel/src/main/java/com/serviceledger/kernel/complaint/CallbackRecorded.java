package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The callback happened; if the solution was not accepted the complaint is reopened. */
@Revision("1")
public record CallbackRecorded(String complaintId, int satisfaction, boolean solutionAccepted, String comment, Instant calledBackAt, boolean withinTarget) {
}
