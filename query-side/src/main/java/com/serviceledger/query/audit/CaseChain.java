package com.serviceledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.kernel.audit.EventChainLink;
import com.serviceledger.kernel.audit.EventHash;
import java.io.UncheckedIOException;

/**
 * Walks one case's stored events in sequence order and finds the first link that does not hold: a gap in the
 * sequence, an event without a hash, a {@code chainPrevious} that is not the predecessor's stored hash, or a
 * stored hash that the event's stored values no longer produce. Once broken, later events are only counted.
 * <p>
 * Removing the last events of a case, or rewriting a case from some event to its end with freshly computed
 * hashes, leaves a chain that holds: that is only detected against hashes kept elsewhere (an earlier export).
 */
final class CaseChain {

    private final String aggregateId;
    private String aggregateType;
    private long events;
    private long expectedSequence;
    private String previousHash = EventHash.GENESIS;
    private ChainBreak firstBroken;

    CaseChain(String aggregateId) {
        this.aggregateId = aggregateId;
    }

    void accept(StoredEvent event) {
        events++;
        if (aggregateType == null) {
            aggregateType = event.aggregateType();
        }
        if (firstBroken == null) {
            firstBroken = check(event);
            expectedSequence = event.sequence() + 1;
        }
    }

    private ChainBreak check(StoredEvent event) {
        if (event.sequence() != expectedSequence) {
            return new ChainBreak(expectedSequence, null, ChainBreak.MISSING_SEQUENCE, "sequence " + expectedSequence
                    + " is missing; the next stored is " + event.sequence() + " (" + event.eventId() + ")");
        }
        EventChainLink link;
        try {
            link = event.link();
        } catch (UncheckedIOException e) {
            return broken(event, ChainBreak.UNREADABLE, "the stored payload or metadata is not JSON");
        }
        String storedHash = text(link.metadata(), EventHash.HASH_KEY);
        if (storedHash == null) {
            return broken(event, ChainBreak.UNCHAINED, "the event carries no chain hash (stored before the chain existed)");
        }
        if (!previousHash.equals(text(link.metadata(), EventHash.PREVIOUS_KEY))) {
            return broken(event, ChainBreak.PREVIOUS_LINK_MISMATCH,
                    "chainPrevious is not the hash of sequence " + (event.sequence() - 1));
        }
        if (!storedHash.equals(EventHash.of(link))) {
            return broken(event, ChainBreak.HASH_MISMATCH, "the stored event no longer matches its chain hash");
        }
        previousHash = storedHash;
        return null;
    }

    private static ChainBreak broken(StoredEvent event, String reason, String detail) {
        return new ChainBreak(event.sequence(), event.eventId(), reason, detail);
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata == null ? null : metadata.get(key);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    String aggregateId() {
        return aggregateId;
    }

    long events() {
        return events;
    }

    boolean intact() {
        return firstBroken == null;
    }

    CaseVerification result() {
        return new CaseVerification(aggregateId, aggregateType, events, intact(), firstBroken);
    }
}
