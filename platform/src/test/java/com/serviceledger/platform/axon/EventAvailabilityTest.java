package com.serviceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

class EventAvailabilityTest {

    /** A stream like the JDBC store's: no callback of its own. */
    static final class SilentStream implements BlockingStream<TrackedEventMessage<?>> {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            throw new IllegalStateException("empty");
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void anIdleStreamIsToldToLookAgainEveryIntervalUntilItCloses() {
        SilentStream silent = new SilentStream();
        StreamableMessageSource<TrackedEventMessage<?>> store = (TrackingToken token) -> silent;
        try (EventAvailability availability = new EventAvailability(Duration.ofMillis(20))) {
            BlockingStream<TrackedEventMessage<?>> stream = availability.source(store).openStream(null);
            AtomicInteger looks = new AtomicInteger();

            assertThat(stream.setOnAvailableCallback(looks::incrementAndGet)).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> looks.get() >= 5);

            stream.close();
            assertThat(silent.closed).isTrue();
            int atClose = looks.get();
            await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1))
                    .until(() -> looks.get() <= atClose + 1); // at most a tick already under way
        }
    }

    @Test
    void aReplacedCallbackIsNoLongerCalled() {
        StreamableMessageSource<TrackedEventMessage<?>> store = (TrackingToken token) -> new SilentStream();
        try (EventAvailability availability = new EventAvailability(Duration.ofMillis(20))) {
            BlockingStream<TrackedEventMessage<?>> stream = availability.source(store).openStream(null);
            AtomicInteger first = new AtomicInteger();
            AtomicInteger second = new AtomicInteger();
            stream.setOnAvailableCallback(first::incrementAndGet);
            stream.setOnAvailableCallback(second::incrementAndGet);
            int before = first.get();

            await().atMost(Duration.ofSeconds(5)).until(() -> second.get() >= 3);
            assertThat(first.get()).isLessThanOrEqualTo(before + 1);
        }
    }
}
