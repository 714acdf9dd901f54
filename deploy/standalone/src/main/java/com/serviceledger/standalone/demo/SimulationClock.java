package com.serviceledger.standalone.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The standalone system's clock: the real time, unless the demo history is being generated, when it runs
 * behind by an offset that shrinks to zero as the simulated months are played through. Aggregates, the
 * deadline scheduler and event timestamps all read it, so a simulated complaint is decided, timed and
 * stamped exactly as a real one would have been on that day.
 */
public final class SimulationClock extends Clock {

    private final Clock real;
    private final AtomicReference<Duration> behind = new AtomicReference<>(Duration.ZERO);

    public SimulationClock(Clock real) {
        this.real = real;
    }

    @Override
    public Instant instant() {
        return real.instant().minus(behind.get());
    }

    /** Starts a simulation at {@code at}, in the past. */
    public void rewindTo(Instant at) {
        behind.set(Duration.between(at, real.instant()));
    }

    /** Moves the simulated time forward to {@code at}; never backwards, never past the real time. */
    public void advanceTo(Instant at) {
        behind.updateAndGet(current -> {
            Instant now = real.instant();
            Instant simulated = now.minus(current);
            if (!at.isAfter(simulated)) {
                return current;
            }
            return at.isAfter(now) ? Duration.ZERO : Duration.between(at, now);
        });
    }

    /** Back to real time. */
    public void catchUp() {
        behind.set(Duration.ZERO);
    }

    public boolean simulating() {
        return !behind.get().isZero();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("domain time is UTC; zones come from the policy");
    }
}
