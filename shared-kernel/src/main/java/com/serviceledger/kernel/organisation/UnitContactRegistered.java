package com.serviceledger.kernel.organisation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** From effectiveAt, the unit's contractor or owners' committee is reached through this contact. */
@Revision("1")
public record UnitContactRegistered(String subsidiaryId, String siteId, String contractorId, UnitContactKind kind,
                                    String name, String email, Language language, Instant effectiveAt) {
}
