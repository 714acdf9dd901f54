package com.serviceledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's counting, on a clock the test moves. */
class LoginThrottleTest {

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(3, 5, Duration.ofMinutes(5), Duration.ofMinutes(1), 100), clock);

    @Test
    void aNameIsLockedAfterTheMaxFailuresForTheLockoutThenFreeAgain() {
        fail("mallory", "10.0.0.1", 2);
        assertThat(throttle.lockedFor("mallory", "10.0.0.1")).isEmpty();

        fail("mallory", "10.0.0.2", 1);
        assertThat(throttle.lockedFor("mallory", "10.0.0.9")).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("alice", "10.0.0.1")).as("another name, another address").isEmpty();

        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.lockedFor("mallory", "10.0.0.9")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedFor("mallory", "10.0.0.9")).isEmpty();
        // a fresh count: one failure after the lockout does not lock again
        fail("mallory", "10.0.0.3", 1);
        assertThat(throttle.lockedFor("mallory", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressIsLockedAfterItsOwnMaxFailuresWhateverTheNames() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("name-" + i, "10.0.0.1");
        }
        assertThat(throttle.lockedFor("someone", "10.0.0.1")).isEmpty();
        throttle.failed("name-4", "10.0.0.1");

        assertThat(throttle.lockedFor("someone", "10.0.0.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("someone", "10.0.0.2")).as("another address").isEmpty();
    }

    @Test
    void aSuccessForgetsTheNamesFailuresButNotTheAddresss() {
        fail("alice", "10.0.0.1", 2);
        throttle.succeeded("alice");
        fail("alice", "10.0.0.1", 2);
        assertThat(throttle.lockedFor("alice", "10.0.0.2")).isEmpty();

        throttle.failed("bob", "10.0.0.1");
        assertThat(throttle.lockedFor("carol", "10.0.0.1")).as("5 failures from the address").isPresent();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("alice", "10.0.0.1", 2);
        clock.advance(Duration.ofMinutes(5));
        fail("alice", "10.0.0.2", 2);
        assertThat(throttle.lockedFor("alice", "10.0.0.3")).isEmpty();
    }

    @Test
    void randomNamesCannotGrowTheMemoryBeyondTheBound() {
        for (int i = 0; i < 10_000; i++) {
            throttle.failed("random-" + i + "x".repeat(1000), "10.0.0." + (i % 250));
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(200);
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
