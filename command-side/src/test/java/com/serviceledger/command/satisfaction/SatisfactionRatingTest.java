package com.serviceledger.command.satisfaction;

import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.satisfaction.RatedUnit;
import com.serviceledger.kernel.satisfaction.RatingRecorded;
import com.serviceledger.kernel.satisfaction.RatingSource;
import com.serviceledger.kernel.satisfaction.RecordRating;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Satisfaction from follow-up calls, online ratings and questionnaires (000 §5.2.1): a score 1–5. */
class SatisfactionRatingTest {

    static final Instant NOW = Instant.parse("2026-03-31T15:59:00Z");
    static final RatedUnit UNIT = new RatedUnit("sub-1", "dept-sales", "billing", "wang-fang");

    AggregateTestFixture<SatisfactionRating> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SatisfactionRating.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new FixtureVault(null));
        fixture.registerInjectableResource((PolicyProvider) sub -> ComplaintPolicy.defaults("v1",
                ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void ratingIsRecordedInTheSubsidiarysTimeZone() {
        fixture.givenNoPriorActivity()
                .when(new RecordRating("RAT-1", RatingSource.PHONE_FOLLOW_UP, UNIT, Channel.HOTLINE, "CMP-9", 4,
                        "quick"))
                .expectEvents(new RatingRecorded("RAT-1", RatingSource.PHONE_FOLLOW_UP, UNIT, Channel.HOTLINE,
                        "CMP-9", 4, "quick", NOW, "Asia/Shanghai"));
    }

    @Test
    void scoreOutsideOneToFiveIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordRating("RAT-1", RatingSource.ONLINE_RATING, UNIT, null, null, 0, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
