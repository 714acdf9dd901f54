package com.serviceledger.kernel.organisation;

import java.time.Instant;
import java.util.Optional;

/**
 * A staff member's time with the company: hired into a subsidiary (for good: transfers move them between its
 * departments and posts), and the instant they left, if they have.
 */
public record Employment(String staffId, String subsidiaryId, Instant hiredAt, Instant leftAt) {

    /** Folds a staff member's events; empty when they were never hired. */
    public static Optional<Employment> of(Iterable<?> events) {
        Employment employment = null;
        for (Object event : events) {
            if (event instanceof StaffHired e) {
                employment = new Employment(e.staffId(), e.subsidiaryId(), e.effectiveAt(), null);
            } else if (event instanceof StaffDeparted e && employment != null) {
                employment = new Employment(employment.staffId(), employment.subsidiaryId(), employment.hiredAt(),
                        e.effectiveAt());
            }
        }
        return Optional.ofNullable(employment);
    }

    public boolean employedAt(Instant at) {
        return !hiredAt.isAfter(at) && (leftAt == null || leftAt.isAfter(at));
    }

    public boolean leftBy(Instant at) {
        return leftAt != null && !leftAt.isAfter(at);
    }
}
