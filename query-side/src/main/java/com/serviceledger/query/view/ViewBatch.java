package com.serviceledger.query.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The changes one processor batch makes to one kind of view, grouped by document, so the batch costs
 * one {@code _mget} and one {@code _bulk} however many events it holds.
 */
final class ViewBatch<V extends SequencedView> {

    /** One event's effect on its document. */
    private record Change<V>(long sequenceNumber, Instant eventTime, Consumer<V> effect) {
    }

    private final Map<String, List<Change<V>>> changes = new LinkedHashMap<>();
    private int eventCount;

    void add(String viewId, long sequenceNumber, Instant eventTime, Consumer<V> effect) {
        changes.computeIfAbsent(viewId, id -> new ArrayList<>()).add(new Change<>(sequenceNumber, eventTime, effect));
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
        List<Change<V>> ordered = changes.getOrDefault(view.viewId(), List.of()).stream()
                .sorted(Comparator.comparingLong(Change::sequenceNumber))
                .toList();
        for (Change<V> change : ordered) {
            if (view.alreadyApplied(change.sequenceNumber())) {
                continue;
            }
            change.effect().accept(view);
            view.applied(change.sequenceNumber(), change.eventTime());
            changed = true;
        }
        return changed;
    }
}
