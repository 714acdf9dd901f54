package com.serviceledger.command.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** The fixture's own time, so decisions follow {@code givenCurrentTime}/{@code whenTimeElapses}. */
final class FixtureClock extends Clock {

    private final AggregateTestFixture<?> fixture;

    FixtureClock(AggregateTestFixture<?> fixture) {
        this.fixture = fixture;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return fixture.currentTime();
    }
}
