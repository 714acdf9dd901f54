package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.Optional;

/**
 * How a staff member is reached: their work e-mail address (none until one is recorded) and the language they
 * are written to in.
 */
public record StaffContact(String staffId, String email, Language language) {

    public StaffContact {
        language = Language.orDefault(language);
    }

    /**
     * Folds a staff member's events into their contact in force at {@code at}: none when they were not employed
     * then; the default language and no address when nothing was recorded.
     */
    public static Optional<StaffContact> at(Iterable<?> events, Instant at) {
        StaffContact contact = null;
        for (Object event : events) {
            contact = switch (event) {
                case StaffHired e when !e.effectiveAt().isAfter(at) -> new StaffContact(e.staffId(), null, null);
                case StaffContactChanged e when !e.effectiveAt().isAfter(at) ->
                        contact == null ? null : new StaffContact(e.staffId(), e.email(), e.language());
                case StaffDeparted e when !e.effectiveAt().isAfter(at) -> null;
                default -> contact;
            };
        }
        return Optional.ofNullable(contact);
    }
}
