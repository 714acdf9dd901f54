package com.serviceledger.kernel.complaint;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The final result and the overall evaluation of the handling (1–5) are on record (002 第4篇 六.2). */
@Revision("1")
public record ComplaintOutcomeRecorded(String complaintId, String finalResult, int evaluation, Instant recordedAt) {
}
