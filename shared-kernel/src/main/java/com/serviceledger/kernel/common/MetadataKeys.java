package com.serviceledger.kernel.common;

/** Keys of the metadata every command and event carries (who, why, from where). */
public final class MetadataKeys {
    /** The authenticated user who sent the command. */
    public static final String PRINCIPAL = "principal";
    /**
     * The sending user's scope, its entries joined by commas (empty: nothing): on commands from a request only,
     * never copied onto events. A command without it comes from the system (a relay, a timer) and is not checked.
     */
    public static final String SCOPE = "scope";
    /** The staff member the sending user is, when the directory knows them; on commands from a request only. */
    public static final String STAFF_ID = "staffId";
    /** The business conversation a message belongs to; the first command's id when none is given. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The client application (User-Agent or an explicit client id). */
    public static final String CLIENT = "client";
    /** The key a client sent to make a retried command safe. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** Hex SHA-256 of the previous event of the same aggregate (64 zeros for its first event). */
    public static final String CHAIN_PREVIOUS = "chainPrevious";
    /** Hex SHA-256 of this event's canonical form (see {@code kernel.audit.EventHash}); covers every other key. */
    public static final String CHAIN_HASH = "chainHash";

    private MetadataKeys() {
    }
}
