package com.serviceledger.kernel.common;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The customer named by this case (a complaint or a service request) had their personal data erased: the
 * contact tokens in this case's events can no longer be read. The case and its figures stay as they were.
 */
@Revision("1")
public record CustomerErased(String caseId, String customerId, Instant erasedAt, String reason) {
}
