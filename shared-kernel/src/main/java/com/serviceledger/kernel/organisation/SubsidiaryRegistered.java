package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A subsidiary exists from now on. */
@Revision("1")
public record SubsidiaryRegistered(String subsidiaryId, String name, String timeZone, Instant registeredAt) {
}
