package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The department returned its investigation result; {@code withinTarget} against the investigation due time, and
 * the solution is now owed by {@code solutionDueAt} (001 §3.3 item 3), fixed here under the policy in force.
 */
@Revision("1")
public record InvestigationResultReturned(String complaintId, String findings, Instant returnedAt,
                                          boolean withinTarget, Instant solutionDueAt) {
}
