package com.serviceledger.platform.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells idle pooled streaming processors to look for new events at a short, fixed interval. Axon's
 * coordinator re-reads a stream that cannot call back only every 500 ms, and the JDBC store's streams
 * cannot: up to half a second of projection lag per processor on an idle stream, for nothing. Streams
 * opened through {@link #source} claim callback support, and one ticker runs every open stream's callback
 * each {@code interval}: a coordinator that finds nothing returns at once, so a tick costs microseconds.
 */
public final class EventAvailability implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventAvailability.class);

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker;

    public EventAvailability(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the event availability interval must be positive");
        }
        ticker = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("EventAvailability"));
        ticker.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The event store of an Axon configuration, as processors should read it. */
    public static StreamableMessageSource<TrackedEventMessage<?>> eventStoreOf(Configuration config) {
        return config.getComponent(EventAvailability.class).source(config.eventStore());
    }

    public StreamableMessageSource<TrackedEventMessage<?>> source(StreamableMessageSource<TrackedEventMessage<?>> events) {
        return new Source(events);
    }

    private void tick() {
        for (Runnable callback : callbacks) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                log.warn("An event availability callback failed", e);
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private final class Source implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final StreamableMessageSource<TrackedEventMessage<?>> events;

        private Source(StreamableMessageSource<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            return new Stream(events.openStream(trackingToken));
        }

        @Override
        public TrackingToken createTailToken() {
            return events.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return events.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return events.createTokenAt(dateTime);
        }

        @Override
        public TrackingToken createTokenSince(Duration duration) {
            return events.createTokenSince(duration);
        }
    }

    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile Runnable callback;

        private Stream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable current = callback;
            if (current != null) {
                callbacks.remove(current);
            }
            stream.close();
        }
    }
}
