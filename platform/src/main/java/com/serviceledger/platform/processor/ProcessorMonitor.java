package com.serviceledger.platform.processor;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures every streaming event processor of this application: running, error state, claimed segments,
 * lag in events and seconds, dead letters. Each processor's status is kept for a short time, so gauges,
 * scrapes and the endpoint do not each query the database.
 */
public class ProcessorMonitor {

    private static final Logger log = LoggerFactory.getLogger(ProcessorMonitor.class);

    private record Measured(ProcessorStatus status, long atNanos) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredTokens storedTokens;
    private final long ttlNanos;
    private final Map<String, Measured> cache = new ConcurrentHashMap<>();

    ProcessorMonitor(EventProcessingConfiguration processing, EventStore eventStore,
                     StoredTokens storedTokens, ProcessorMonitorProperties properties) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storedTokens = storedTokens;
        this.ttlNanos = properties.statusCacheTtl().toNanos();
    }

    public List<String> processorNames() {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public List<ProcessorStatus> statuses() {
        return processorNames().stream().map(this::status).flatMap(Optional::stream).toList();
    }

    public Optional<ProcessorStatus> status(String name) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Measured measured = cache.get(name);
        if (measured == null || now - measured.atNanos() > ttlNanos) {
            measured = new Measured(measure(name, processor.get()), now);
            cache.put(name, measured);
        }
        return Optional.of(measured.status());
    }

    /** Whether this processor parks failing events, i.e. has a dead-letter queue. */
    public boolean hasDeadLetterQueue(String name) {
        return processing.deadLetterQueue(name).isPresent();
    }

    private ProcessorStatus measure(String name, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Optional<EventTrackerStatus> failing = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                .findFirst();
        String error = failing.map(EventTrackerStatus::getError)
                .map(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                .orElse(null);
        Long lagEvents = null;
        Double lagSeconds = null;
        Optional<Slowest> slowest = slowestSegment(name, segments);
        if (slowest.isPresent()) {
            long behind = Math.max(0, headPosition() - slowest.get().position());
            lagEvents = behind;
            lagSeconds = behind == 0 ? 0.0 : ageOfNextEvent(slowest.get().token());
        }
        Long deadLetters = processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::size).orElse(null);
        return new ProcessorStatus(name, processor.isRunning(), processor.isError() || failing.isPresent(), error,
                segments.size(), lagEvents, lagSeconds, deadLetters);
    }

    /**
     * The lowest position over every segment: a segment claimed here counts with its live position, any other
     * (claimed by another instance, or released after a failure) with its stored token. Empty while no
     * segment is known at all.
     */
    private Optional<Slowest> slowestSegment(String name, Map<Integer, EventTrackerStatus> claimed) {
        Map<Integer, TrackingToken> tokens = new HashMap<>(storedTokens.tokens(name));
        claimed.forEach((segment, status) -> tokens.put(segment, status.getTrackingToken()));
        Slowest slowest = null;
        for (TrackingToken token : tokens.values()) {
            if (slowest == null || position(token) < slowest.position()) {
                slowest = new Slowest(position(token), token);
            }
        }
        return Optional.ofNullable(slowest);
    }

    /** The segment furthest behind; its token is {@code null} before the first event. */
    private record Slowest(long position, TrackingToken token) {
    }

    /** A segment that has processed nothing yet (no token) is before the first event. */
    private static long position(TrackingToken token) {
        return token == null ? -1L : token.position().orElse(-1L);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1L);
    }

    /**
     * The age of the first event after the given token: reads one event rather than scanning the gap. The
     * event's timestamp was taken from Axon's clock, so its age is measured against the same clock.
     */
    private double ageOfNextEvent(TrackingToken token) {
        TrackingToken from = token == null ? null : WrappedToken.unwrapLowerBound(token);
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(from)) {
            if (!stream.hasNextAvailable()) {
                return 0.0;
            }
            Instant oldest = stream.nextAvailable().getTimestamp();
            Duration age = Duration.between(oldest, GenericEventMessage.clock.instant());
            return Math.max(0, age.toMillis() / 1000.0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (RuntimeException e) {
            log.debug("Could not read the oldest unprocessed event after {}", token, e);
            return Double.NaN;
        }
    }
}
