package com.serviceledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The unit each aggregate concerns as of a given event, so events that do not name it (e.g.
 * {@code CustomerContacted} carries only the complaint id) are still filed under it. It depends only
 * on the aggregate's own events up to that one, so a replay files every event the same way: a bounded
 * LRU remembers each aggregate's unit after its last event seen; when the event is not the next one
 * after it (a miss, a gap, a redelivery) the aggregate's earlier events are read from the event store.
 * An offline fold of events in order ({@link #inOrder}) never misses, so it needs no store.
 */
class UnitTracker {

    private record Known(long sequence, Unit unit) {
    }

    private final Function<String, DomainEventStream> eventsOf;
    private final Function<Object, JsonNode> tree;
    private final Map<String, Known> recent;

    UnitTracker(EventStore eventStore, Function<Object, JsonNode> tree, int capacity) {
        this(aggregateId -> eventStore.readEvents(aggregateId, 0L), tree, capacity);
    }

    /** @param eventsOf an aggregate's events from its first, read on a miss */
    private UnitTracker(Function<String, DomainEventStream> eventsOf, Function<Object, JsonNode> tree, int capacity) {
        this.eventsOf = eventsOf;
        this.tree = tree;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * For events that arrive in order, each aggregate's from its first (a fold of the whole store): every
     * aggregate is remembered, so the event before is always known; a miss means an earlier one was not seen.
     */
    static UnitTracker inOrder(Function<Object, JsonNode> tree) {
        return new UnitTracker(aggregateId -> {
            throw new IllegalStateException("an earlier event of " + aggregateId + " was not seen, so its unit is not"
                    + " known");
        }, tree, Integer.MAX_VALUE);
    }

    /**
     * The aggregate's unit once this event is applied.
     *
     * @param payload the event's payload as a tree (before personal data is removed; units are not personal)
     */
    Unit unitAfter(DomainEventMessage<?> event, JsonNode payload) {
        String aggregateId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        Unit before = unitBefore(aggregateId, sequence);
        Unit after = before.updatedBy(Unit.namedIn(payload));
        synchronized (recent) {
            recent.put(aggregateId, new Known(sequence, after));
        }
        return after;
    }

    private Unit unitBefore(String aggregateId, long sequence) {
        if (sequence == 0) {
            return Unit.UNKNOWN;
        }
        Known known;
        synchronized (recent) {
            known = recent.get(aggregateId);
        }
        if (known != null && known.sequence() == sequence - 1) {
            return known.unit();
        }
        return replay(aggregateId, sequence);
    }

    /** Folds the aggregate's events before {@code sequence} (never snapshots: they are not events). */
    private Unit replay(String aggregateId, long sequence) {
        Unit unit = Unit.UNKNOWN;
        DomainEventStream events = eventsOf.apply(aggregateId);
        while (events.hasNext() && events.peek().getSequenceNumber() < sequence) {
            unit = unit.updatedBy(Unit.namedIn(tree.apply(events.next().getPayload())));
        }
        return unit;
    }
}
