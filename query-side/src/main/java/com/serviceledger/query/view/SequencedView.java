package com.serviceledger.query.view;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;

/**
 * A view document evolved event by event from one aggregate's stream. It remembers the sequence number
 * of the last event applied: delivery is at-least-once, so an event at or below it was applied before,
 * and that number is also the document's external version in Elasticsearch.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public abstract class SequencedView {

    private Long lastSequence;
    private Instant lastEventAt;

    /** The document id: the aggregate's identifier. */
    public abstract String viewId();

    public boolean alreadyApplied(long sequenceNumber) {
        return lastSequence != null && sequenceNumber <= lastSequence;
    }

    public void applied(long sequenceNumber, Instant eventTime) {
        lastSequence = sequenceNumber;
        lastEventAt = eventTime;
    }

    public Long lastSequence() {
        return lastSequence;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }
}
