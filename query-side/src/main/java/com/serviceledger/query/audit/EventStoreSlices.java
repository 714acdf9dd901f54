package com.serviceledger.query.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Audit slices read through Axon's {@link EventStore} API (tracking streams), for when Axon Server holds the
 * events and no table can be queried by time: the same cases and events, in the same global order, as the SQL
 * of {@link StoredEvents}. Two passes over the global stream, each from the token at a moment:
 * <ol>
 * <li>from {@code from − slack} to the first event at or past {@code to + slack}: the ids of the cases with an
 * event in {@code [from, to)} of the type asked, and the earliest first event among them;</li>
 * <li>from that first event {@code − slack} to the same end: the events of those cases before {@code to}, each
 * re-serialized as its row holds it ({@link EventStoreCaseEvents}), its global index the stream position.</li>
 * </ol>
 * The slack is the JDBC path's: timestamps are taken before the append, so global order is timestamp order only
 * to within it. A pass also ends at the store's head as it was when the slice began (later appends are not part
 * of it) or when no event comes for {@link AuditProperties#streamIdle()}. Memory holds the set of case ids, not
 * the events: the second pass streams, one event per downstream request, and its stream is closed on cancel.
 */
final class EventStoreSlices {

    private final EventStore eventStore;
    private final EventStoreCaseEvents caseEvents;
    private final Duration slack;
    private final Duration idle;
    private final Scheduler scheduler;

    EventStoreSlices(EventStore eventStore, EventStoreCaseEvents caseEvents, Duration slack, Duration idle,
                     Scheduler scheduler) {
        this.eventStore = eventStore;
        this.caseEvents = caseEvents;
        this.slack = slack;
        this.idle = idle;
        this.scheduler = scheduler;
    }

    Flux<StoredEvent> slice(AuditSlice slice) {
        return Mono.fromCallable(() -> casesActiveIn(slice)).subscribeOn(scheduler)
                .flatMapMany(selection -> streamed(slice, selection));
    }

    /** The cases a slice selects and where the second pass starts. */
    private record Selection(Set<String> cases, Instant earliestFirstEvent, long head) {
    }

    private Selection casesActiveIn(AuditSlice slice) throws InterruptedException {
        long head = position(eventStore.createHeadToken());
        Set<String> cases = new HashSet<>();
        Set<String> firstEventUnseen = new HashSet<>();
        Instant earliest = null;
        try (Window window = new Window(slice.from().minus(slack), slice.to().plus(slack), head)) {
            for (DomainEventMessage<?> event = window.next(); event != null; event = window.next()) {
                Instant at = event.getTimestamp();
                if (at.isBefore(slice.from()) || !at.isBefore(slice.to())
                        || (slice.caseType() != null && !slice.caseType().equals(event.getType()))
                        || !cases.add(event.getAggregateIdentifier())) {
                    continue;
                }
                // a case filed in the window is selected by its first event: no need to look it up
                if (event.getSequenceNumber() == 0) {
                    earliest = earliest(earliest, at);
                } else {
                    firstEventUnseen.add(event.getAggregateIdentifier());
                }
            }
        }
        for (String id : firstEventUnseen) {
            earliest = earliest(earliest, caseEvents.firstEventAt(id));
        }
        return new Selection(cases, earliest, head);
    }

    private Flux<StoredEvent> streamed(AuditSlice slice, Selection selection) {
        if (selection.cases().isEmpty() || selection.earliestFirstEvent() == null) {
            return Flux.empty();
        }
        UnitFilter units = new UnitFilter(slice);
        return Flux.<TrackedEventMessage<?>, Window>generate(
                        () -> new Window(selection.earliestFirstEvent().minus(slack), slice.to().plus(slack),
                                selection.head()),
                        (window, sink) -> {
                            try {
                                DomainEventMessage<?> event = window.next();
                                if (event == null) {
                                    sink.complete();
                                } else {
                                    sink.next((TrackedEventMessage<?>) event);
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                sink.error(e);
                            }
                            return window;
                        },
                        Window::close)
                .filter(event -> selection.cases().contains(((DomainEventMessage<?>) event).getAggregateIdentifier())
                        && event.getTimestamp().isBefore(slice.to()))
                .map(event -> caseEvents.stored((DomainEventMessage<?>) event, position(event.trackingToken())))
                .filter(units::admits)
                .subscribeOn(scheduler);
    }

    private static Instant earliest(Instant current, Instant candidate) {
        return current == null || (candidate != null && candidate.isBefore(current)) ? candidate : current;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1L);
    }

    /**
     * The domain events of the global stream from the token at a moment, up to the first at or past the end, the
     * head position, or an idle wait.
     */
    private final class Window implements AutoCloseable {
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final Instant end;
        private final long head;
        private boolean done;

        Window(Instant start, Instant end, long head) {
            this.end = end;
            this.head = head;
            TrackingToken token = head < 0 ? null : oneBefore(eventStore.createTokenAt(start));
            // the store holds nothing at or after the start (its token is the head): nothing to open
            this.done = head < 0 || (token != null && position(token) >= head);
            this.stream = done ? null : eventStore.openStream(token);
        }

        /** The next domain event of the window; null once it ended. */
        DomainEventMessage<?> next() throws InterruptedException {
            while (!done) {
                if (!stream.hasNextAvailable((int) idle.toMillis(), TimeUnit.MILLISECONDS)) {
                    done = true;
                    return null;
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                done = position(event.trackingToken()) >= head;
                if (!event.getTimestamp().isBefore(end)) {
                    done = true;
                    return null;
                }
                if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                    return domainEvent;
                }
            }
            return null;
        }

        /**
         * Axon Server's token at a moment may already count the first event at it (a stream opens after its
         * token); one event earlier costs nothing and misses none. The JDBC store's token is one before already.
         */
        private static TrackingToken oneBefore(TrackingToken token) {
            if (token instanceof GlobalSequenceTrackingToken global) {
                return global.getGlobalIndex() > 0 ? new GlobalSequenceTrackingToken(global.getGlobalIndex() - 1) : null;
            }
            return token;
        }

        @Override
        public void close() {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
