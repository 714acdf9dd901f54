package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The staff member left at effectiveAt. */
@Revision("1")
public record StaffDeparted(String staffId, Instant effectiveAt) {
}
