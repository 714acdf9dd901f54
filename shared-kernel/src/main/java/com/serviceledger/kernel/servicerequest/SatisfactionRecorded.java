package com.serviceledger.kernel.servicerequest;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The satisfaction survey after completion: score 1–5 (CSAT counts 4 and 5) and the customer's comment. */
@Revision("1")
public record SatisfactionRecorded(String requestId, int score, String comment, Instant surveyedAt) {
}
