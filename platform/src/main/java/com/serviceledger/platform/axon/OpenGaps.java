package com.serviceledger.platform.axon;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.GapAwareTrackingToken;

/**
 * How long each gap in the global index has been open, on the wall clock. A gap is an append whose transaction
 * took an index and has not committed yet, or one that rolled back; only how long it has stayed open tells the
 * two apart, so a gap is given up once it has been open longer than the timeout, and kept until then.
 * <p>
 * Axon judges a gap by the timestamp of the event read after it, which is the domain clock's time of creation.
 * Whenever that clock is not the wall clock's present — the demo history's simulated clock racing ahead, a
 * command-side replica whose clock lags, a unit of work that ran long before it committed, a processor
 * catching up — a gap of an append still in flight looked expired, was dropped from the token, and its event
 * was never delivered to that processor (a view lost an update, a relay lost a command). Nothing failed and
 * nothing was parked, so nobody noticed.
 * <p>
 * One instance serves every processor reading the store: a gap's age is from when any of them first saw it.
 * After a restart the gaps tokens carry are new to it, so they are waited for once more (never less).
 */
final class OpenGaps {

    private final InstantSource wallClock;
    private final Duration timeout;
    /** First sighting of each gap still open for some reader; a filled gap is forgotten, stale ones pruned. */
    private final ConcurrentNavigableMap<Long, Instant> firstSeen = new ConcurrentSkipListMap<>();
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    OpenGaps(InstantSource wallClock, Duration timeout) {
        this.wallClock = wallClock;
        this.timeout = timeout;
    }

    /**
     * The token a reader moves to after reading the event at {@code globalIndex}, with the gaps open longer than
     * the timeout given up.
     *
     * @param previous the reader's token before the event (null: the first event it reads)
     * @param advanced the token advanced over the event by Axon's rules, keeping every gap within reach
     */
    GapAwareTrackingToken after(GapAwareTrackingToken previous, long globalIndex, GapAwareTrackingToken advanced) {
        Instant now = wallClock.instant();
        if (previous != null && previous.getGaps().contains(globalIndex)) {
            firstSeen.remove(globalIndex);
        }
        SortedSet<Long> gaps = advanced.getGaps();
        if (gaps.isEmpty()) {
            return advanced;
        }
        long newFrom = previous == null ? Long.MIN_VALUE : previous.getIndex() + 1;
        gaps.tailSet(newFrom).forEach(gap -> firstSeen.putIfAbsent(gap, now));
        prune(now);
        // gaps are seen in index order, so the expired ones are the lowest: give up those below the first young one
        long keepFrom = Long.MIN_VALUE;
        for (long gap : gaps) {
            Instant seen = firstSeen.computeIfAbsent(gap, g -> now);
            if (Duration.between(seen, now).compareTo(timeout) < 0) {
                break;
            }
            keepFrom = gap + 1;
        }
        return keepFrom == Long.MIN_VALUE ? advanced : advanced.withGapsTruncatedAt(keepFrom);
    }

    /**
     * Forgets sightings twice the timeout old, at most once per timeout: by then every reader has given the gap
     * up or will, after waiting once more.
     */
    private void prune(Instant now) {
        Instant last = lastPrune.get();
        if (Duration.between(last, now).compareTo(timeout) < 0 || !lastPrune.compareAndSet(last, now)) {
            return;
        }
        Instant staleBefore = now.minus(timeout.multipliedBy(2));
        firstSeen.values().removeIf(seen -> seen.isBefore(staleBefore));
    }
}
