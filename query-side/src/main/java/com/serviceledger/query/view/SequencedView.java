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

    /**
     * Applies one event for an offline replay ({@code query.audit.replay}) as the view's projection does: in
     * sequence order, skipping an event already applied.
     *
     * @return false when the event was already applied or is not one this view takes
     */
    public final boolean fold(Object event, long sequenceNumber, Instant eventTime) {
        if (alreadyApplied(sequenceNumber) || !take(event)) {
            return false;
        }
        applied(sequenceNumber, eventTime);
        return true;
    }

    /**
     * Applies {@code event} when it is one this view takes (keep the cases in step with the projection's
     * handlers); views that are not replayed offline take none.
     */
    protected boolean take(Object event) {
        return false;
    }

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
