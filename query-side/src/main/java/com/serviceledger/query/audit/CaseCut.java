package com.serviceledger.query.audit;

import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Where an auditor cuts a case's stream: after a sequence number, at a moment (inclusive; a bare date means
 * the end of that day in UTC), both, or not at all.
 *
 * @param untilSequence the last sequence number wanted, or null for all
 * @param until         the last moment wanted (inclusive), or null for all
 */
record CaseCut(Long untilSequence, Instant until) {

    /** From the query parameters {@code untilSequence} and {@code until}; a 400 problem naming the bad one. */
    static CaseCut parse(String untilSequence, String until) {
        Instant moment = QueryParameters.instantOrDate("until", until, ZoneOffset.UTC, true);
        if (moment != null && !until.contains("T")) {
            // a date ends where the next day begins: an event at that midnight belongs to the next day
            moment = moment.minusNanos(1);
        }
        return new CaseCut(sequence(untilSequence), moment);
    }

    boolean includes(DomainEventMessage<?> event) {
        return (untilSequence == null || event.getSequenceNumber() <= untilSequence)
                && (until == null || !event.getTimestamp().isAfter(until));
    }

    private static Long sequence(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value < 0) {
                throw QueryProblems.invalidParameter("untilSequence", "must be 0 or more");
            }
            return value;
        } catch (NumberFormatException e) {
            throw QueryProblems.invalidParameter("untilSequence", "must be a whole number");
        }
    }
}
