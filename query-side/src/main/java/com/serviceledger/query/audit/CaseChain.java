package com.serviceledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.kernel.audit.EventChainLink;
import com.serviceledger.kernel.audit.EventHash;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Walks one case's stored events in sequence order and finds the first link that does not hold: a gap in the
 * sequence, an event without a hash, a {@code chainPrevious} that is not the predecessor's stored hash, or a
 * stored hash that the event's stored values no longer produce. Once broken, later events are only counted.
 * <p>
 * Removing the last events of a case, or rewriting a case from some event to its end with freshly computed
 * hashes, leaves a chain that holds: that is only detected against hashes kept elsewhere (an earlier export).
 */
public final class CaseChain {

    private final String aggregateId;
    private String aggregateType;
    private long events;
    private long expectedSequence;
    private String previousHash = EventHash.GENESIS;
    private ChainBreak firstBroken;

    public CaseChain(String aggregateId) {
        this.aggregateId = aggregateId;
    }

    void accept(StoredEvent event) {
        accept(event.aggregateType(), event.sequence(), event.eventId(), event::link);
    }

    /**
     * The case's next stored event, in sequence order (from the live store or an export line).
     *
     * @param link the event as the chain sees it; may fail with {@link UncheckedIOException} when unreadable
     */
    public void accept(String type, long sequence, String eventId, Supplier<EventChainLink> link) {
        events++;
        if (aggregateType == null) {
            aggregateType = type;
        }
        if (firstBroken == null) {
            firstBroken = check(sequence, eventId, link);
            expectedSequence = sequence + 1;
        }
    }

    private ChainBreak check(long sequence, String eventId, Supplier<EventChainLink> read) {
        if (sequence != expectedSequence) {
            return new ChainBreak(expectedSequence, null, ChainBreak.MISSING_SEQUENCE, "sequence " + expectedSequence
                    + " is missing; the next stored is " + sequence + " (" + eventId + ")");
        }
        EventChainLink link;
        try {
            link = read.get();
        } catch (UncheckedIOException e) {
            return broken(sequence, eventId, ChainBreak.UNREADABLE, "the stored payload or metadata is not JSON");
        }
        String storedHash = text(link.metadata(), EventHash.HASH_KEY);
        if (storedHash == null) {
            return broken(sequence, eventId, ChainBreak.UNCHAINED,
                    "the event carries no chain hash (stored before the chain existed)");
        }
        if (!previousHash.equals(text(link.metadata(), EventHash.PREVIOUS_KEY))) {
            return broken(sequence, eventId, ChainBreak.PREVIOUS_LINK_MISMATCH,
                    "chainPrevious is not the hash of sequence " + (sequence - 1));
        }
        if (!storedHash.equals(EventHash.of(link))) {
            return broken(sequence, eventId, ChainBreak.HASH_MISMATCH, "the stored event no longer matches its chain hash");
        }
        previousHash = storedHash;
        return null;
    }

    private static ChainBreak broken(long sequence, String eventId, String reason, String detail) {
        return new ChainBreak(sequence, eventId, reason, detail);
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata == null ? null : metadata.get(key);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long events() {
        return events;
    }

    public boolean intact() {
        return firstBroken == null;
    }

    public CaseVerification result() {
        return new CaseVerification(aggregateId, aggregateType, events, intact(), firstBroken);
    }
}
