package com.serviceledger.kernel.incident;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The support a request brought. */
@Revision("1")
public record SupportRecorded(String incidentId, int requestNo, String provided, Instant recordedAt) {
}
