package com.serviceledger.query.view;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The documents a rebuild keeps in memory between its batches. In a replay an aggregate's events fall into
 * several processor batches, and writing after each batch would read and rewrite its document that many
 * times; held here, a document is read at most once and written when it falls out (the least recently
 * touched beyond the limit) or at the flush before the swap. Shared by the rebuild's worker threads: a
 * document belongs to one segment, so only one of them evolves it at a time.
 * <p>
 * Batches write under the shared side of {@link #batches()}, the flush under its exclusive side, so the
 * flush waits for the batches in flight and every batch after it finds holding stopped.
 */
final class HeldDocuments<V extends SequencedView> {

    private final int limit;
    /** In access order: the eldest entry is the least recently touched document. */
    private final LinkedHashMap<String, V> documents = new LinkedHashMap<>(1024, 0.75f, true);
    /**
     * Fallen out and being written by some batch: another segment's batch must not read such a document from
     * the index before that write is done, nor evolve the instance being serialized.
     */
    private final Map<String, V> writing = new HashMap<>();
    /** Taken by a batch being written: evolved right now, so they must not fall out (and be serialized). */
    private final Set<String> inUse = new HashSet<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean holding = true;

    HeldDocuments(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one document must be held, not " + limit);
        }
        this.limit = limit;
    }

    /** Taken (shared) by every batch write; the flush takes the exclusive side. */
    Lock batches() {
        return lock.readLock();
    }

    Lock flushing() {
        return lock.writeLock();
    }

    boolean holding() {
        return holding;
    }

    /**
     * The held document, or null (then it is in the index, or new), in use by the caller's batch until
     * {@link #put}, {@link #remove} or {@link #release}; waits while it is being written.
     */
    synchronized V take(String viewId) {
        while (writing.containsKey(viewId)) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while " + viewId + " was being written", e);
            }
        }
        inUse.add(viewId);
        return documents.get(viewId);
    }

    synchronized void put(String viewId, V view) {
        documents.put(viewId, view);
        inUse.remove(viewId);
    }

    /** The batch is done with these documents (whether or not it put them back). */
    synchronized void release(Collection<String> viewIds) {
        inUse.removeAll(viewIds);
    }

    synchronized void remove(String viewId) {
        documents.remove(viewId);
        inUse.remove(viewId);
    }

    /**
     * Removes and returns the least recently touched documents beyond the limit (none in use by a batch),
     * to be written now; each counts as being written until {@link #written}.
     */
    synchronized Map<String, V> overflow() {
        Map<String, V> evicted = new LinkedHashMap<>();
        Iterator<Map.Entry<String, V>> eldest = documents.entrySet().iterator();
        while (documents.size() > limit && eldest.hasNext()) {
            Map.Entry<String, V> entry = eldest.next();
            if (!inUse.contains(entry.getKey())) {
                evicted.put(entry.getKey(), entry.getValue());
                eldest.remove();
            }
        }
        writing.putAll(evicted);
        return evicted;
    }

    /** The write of fallen-out documents is over; if it failed, they are held again (retried with the batch). */
    synchronized void written(Map<String, V> evicted, boolean succeeded) {
        evicted.keySet().forEach(writing::remove);
        if (!succeeded) {
            evicted.forEach(documents::put);
        }
        notifyAll();
    }

    /** Removes and returns every held document, and holds none from now on (call under {@link #flushing()}). */
    synchronized Map<String, V> releaseAll() {
        holding = false;
        Map<String, V> all = new LinkedHashMap<>(documents);
        documents.clear();
        return all;
    }

    synchronized int size() {
        return documents.size();
    }
}
