package com.serviceledger.query.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The changes one processor batch makes to complaint views, grouped by complaint, so the batch costs
 * one {@code _mget} and one {@code _bulk} however many events it holds.
 */
final class ComplaintViewBatch {

    /** One event's effect on its complaint's view. */
    record Change(long sequenceNumber, Instant eventTime, Consumer<ComplaintView> effect) {
    }

    private final Map<String, List<Change>> changes = new LinkedHashMap<>();
    private int eventCount;

    void add(String complaintId, long sequenceNumber, Instant eventTime, Consumer<ComplaintView> effect) {
        changes.computeIfAbsent(complaintId, id -> new ArrayList<>())
                .add(new Change(sequenceNumber, eventTime, effect));
        eventCount++;
    }

    Set<String> complaintIds() {
        return changes.keySet();
    }

    int eventCount() {
        return eventCount;
    }

    /**
     * Applies the batch's events to a complaint's current view, skipping those it already holds.
     *
     * @return whether the view changed (and must be written)
     */
    boolean applyTo(ComplaintView view) {
        boolean changed = false;
        List<Change> ordered = changes.getOrDefault(view.complaintId(), List.of()).stream()
                .sorted(Comparator.comparingLong(Change::sequenceNumber))
                .toList();
        for (Change change : ordered) {
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
