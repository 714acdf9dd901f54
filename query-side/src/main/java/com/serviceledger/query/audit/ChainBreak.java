package com.serviceledger.query.audit;

/**
 * The first link of a case's hash chain that does not hold.
 *
 * @param sequence the sequence number of the offending event (for a missing event, the missing number)
 * @param eventId  the offending event's id; null when the event is missing
 * @param reason   {@code hash-mismatch} (the stored event no longer has the hash it was stored with),
 *                 {@code previous-link-mismatch} (its {@code chainPrevious} is not its predecessor's hash),
 *                 {@code missing-sequence} (an event was removed), {@code unchained} (stored before the chain
 *                 existed, or without it), {@code unreadable} (the stored JSON does not parse)
 * @param detail   the same in words
 */
public record ChainBreak(long sequence, String eventId, String reason, String detail) {

    public static final String HASH_MISMATCH = "hash-mismatch";
    public static final String PREVIOUS_LINK_MISMATCH = "previous-link-mismatch";
    public static final String MISSING_SEQUENCE = "missing-sequence";
    public static final String UNCHAINED = "unchained";
    public static final String UNREADABLE = "unreadable";
}
