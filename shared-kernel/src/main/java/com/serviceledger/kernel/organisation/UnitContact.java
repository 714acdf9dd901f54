package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contact of an inspected unit's contractor (site and contractor) or owners' committee (site; no contractor),
 * in force since an instant.
 */
public record UnitContact(String siteId, String contractorId, UnitContactKind kind, String name, String email,
                          Language language, Instant since) {

    public UnitContact {
        language = Language.orDefault(language);
    }

    /** Folds a subsidiary's events into its unit contacts in force at {@code at}, one per site, contractor and kind. */
    public static List<UnitContact> at(Iterable<?> events, Instant at) {
        Map<List<Object>, UnitContact> contacts = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof UnitContactRegistered e && !e.effectiveAt().isAfter(at)) {
                UnitContact contact = new UnitContact(e.siteId(), e.contractorId(), e.kind(), e.name(), e.email(),
                        e.language(), e.effectiveAt());
                contacts.remove(contact.key());
                contacts.put(contact.key(), contact);
            }
        }
        return List.copyOf(contacts.values());
    }

    /**
     * The contact of this site, contractor and kind at {@code at}; an owners' committee is the site's, whichever
     * contractor is named.
     */
    public static Optional<UnitContact> of(Iterable<?> events, String siteId, String contractorId,
                                           UnitContactKind kind, Instant at) {
        return at(events, at).stream().filter(contact -> contact.isFor(siteId, contractorId, kind)).findFirst();
    }

    public boolean isFor(String siteId, String contractorId, UnitContactKind kind) {
        return this.kind == kind && this.siteId.equals(siteId)
                && Objects.equals(this.contractorId, kind == UnitContactKind.OWNERS_COMMITTEE ? null : contractorId);
    }

    private List<Object> key() {
        return Arrays.asList(siteId, contractorId, kind);
    }
}
