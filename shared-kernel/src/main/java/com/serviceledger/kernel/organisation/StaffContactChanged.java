package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The staff member is reached at this address (null: none), in this language, from effectiveAt. */
@Revision("1")
public record StaffContactChanged(String staffId, String email, Language language, Instant effectiveAt) {
}
