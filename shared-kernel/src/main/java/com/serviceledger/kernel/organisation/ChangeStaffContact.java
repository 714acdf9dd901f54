package com.serviceledger.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a staff member's e-mail address and/or language; the one not named stays as it is. */
public record ChangeStaffContact(@TargetAggregateIdentifier String staffId, String email, Language language) {
}
