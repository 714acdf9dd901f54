package com.serviceledger.query.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;

/**
 * The changes one processor batch makes to one kind of view, grouped by document, so the batch costs
 * one {@code _mget} and one {@code _bulk} however many events it holds.
 */
final class ViewBatch<V extends SequencedView> {

    /** One event's effect on its document; the event itself, to park it if the document cannot take it. */
    private record Change<V>(long sequenceNumber, Instant eventTime, Consumer<V> effect, EventMessage<?> event) {
    }

    private final Map<String, List<Change<V>>> changes = new LinkedHashMap<>();
    private int eventCount;

    void add(String viewId, long sequenceNumber, Instant eventTime, Consumer<V> effect, EventMessage<?> event) {
        changes.computeIfAbsent(viewId, id -> new ArrayList<>())
                .add(new Change<>(sequenceNumber, eventTime, effect, event));
        eventCount++;
    }

    Set<String> viewIds() {
        return changes.keySet();
    }

    int eventCount() {
        return eventCount;
    }

    /**
     * Applies the batch's events to a document's current state in sequence order, skipping those it
     * already holds.
     *
     * @return whether the document changed (and must be written)
     */
    boolean applyTo(V view) {
        boolean changed = false;
        for (Change<V> change : ordered(view.viewId())) {
            if (view.alreadyApplied(change.sequenceNumber())) {
                continue;
            }
            change.effect().accept(view);
            view.applied(change.sequenceNumber(), change.eventTime());
            changed = true;
        }
        return changed;
    }

    /** A document's events in this batch, in sequence order. */
    List<EventMessage<?>> events(String viewId) {
        return ordered(viewId).stream().<EventMessage<?>>map(Change::event).toList();
    }

    private List<Change<V>> ordered(String viewId) {
        return changes.getOrDefault(viewId, List.of()).stream()
                .sorted(Comparator.comparingLong(Change::sequenceNumber))
                .toList();
    }
}
