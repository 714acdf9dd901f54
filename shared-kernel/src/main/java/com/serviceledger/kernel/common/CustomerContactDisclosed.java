package com.serviceledger.kernel.common;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The customer's contact was read in clear from this case, for the purpose given; who read it is the
 * principal in the event's metadata. The case's own stream is the record of every clear read.
 */
@Revision("1")
public record CustomerContactDisclosed(String caseId, String customerId, String purpose, Instant disclosedAt) {
}
