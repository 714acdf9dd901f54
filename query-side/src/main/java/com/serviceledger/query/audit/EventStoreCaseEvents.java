package com.serviceledger.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * A case's stored events read through Axon's {@link EventStore} API instead of the JDBC table, for when Axon
 * Server holds the events: each event serialized again with the store's event serializer gives the same JSON
 * the JDBC row holds (and the hash chain was computed over), its timestamp in the store's string form
 * (milliseconds, as Axon Server keeps them). The global index is not part of an aggregate's stream: 0 here;
 * {@link EventStoreSlices} gives it from the tracking token of the event stream.
 */
final class EventStoreCaseEvents {

    private final EventStore eventStore;
    private final Serializer eventSerializer;

    EventStoreCaseEvents(EventStore eventStore, Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
    }

    /** Every event of one case from sequence 0 (never a snapshot in their place), in order. */
    List<StoredEvent> read(String aggregateId) {
        List<StoredEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            events.add(stored(stream.next(), 0));
        }
        return events;
    }

    /** When the case's first event happened; null for a case without events. */
    Instant firstEventAt(String aggregateId) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        return stream.hasNext() ? stream.next().getTimestamp() : null;
    }

    /** The event as its stored row holds it, with the global index its position in the store has. */
    StoredEvent stored(DomainEventMessage<?> event, long globalIndex) {
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        byte[] metadata = eventSerializer.serialize(event.getMetaData(), byte[].class).getData();
        return new StoredEvent(globalIndex, event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metadata);
    }
}
