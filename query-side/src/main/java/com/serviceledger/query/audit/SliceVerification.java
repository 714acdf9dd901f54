package com.serviceledger.query.audit;

import java.util.List;

/**
 * The verification of every case of an audit slice.
 *
 * @param cases     cases verified
 * @param events    events verified
 * @param intact    cases whose chain holds
 * @param unchained cases that break only because they hold events from before the chain (not tampering)
 * @param broken    the first broken link of each case that is not intact, in the order found (the first ones)
 */
public record SliceVerification(long cases, long events, long intact, long unchained, List<BrokenCase> broken) {

    /** A case that is not intact and its first broken link. */
    public record BrokenCase(String aggregateId, long sequence, String eventId, String reason) {
    }
}
