package com.serviceledger.query.audit;

import com.serviceledger.kernel.audit.EventChainLink;
import com.serviceledger.kernel.audit.EventHash;
import java.time.Instant;
import org.axonframework.common.DateTimeUtils;

/** One raw row of the event table, exactly as stored (the payload and metadata as their JSON bytes). */
record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId, long sequence,
                   String timestamp, String payloadType, String revision, byte[] payload, byte[] metadata) {

    /** The stored timestamp string as an instant, whatever its number of fraction digits. */
    Instant instant() {
        return DateTimeUtils.parseInstant(timestamp);
    }

    /** The event as the hash chain reads it; throws if the stored JSON does not parse. */
    EventChainLink link() {
        return new EventChainLink(aggregateType, aggregateId, sequence, eventId, timestamp, payloadType, revision,
                EventHash.parse(payload), EventHash.parse(metadata));
    }
}
