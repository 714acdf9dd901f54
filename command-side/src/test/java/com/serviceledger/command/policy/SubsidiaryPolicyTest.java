package com.serviceledger.command.policy;

import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.DayKind;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PolicyTerms;
import com.serviceledger.kernel.policy.PublishPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subsidiary's policy is published in numbered versions; every figure is the subsidiary's choice. */
class SubsidiaryPolicyTest {

    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final String POLICY = PublishPolicy.policyIdOf("sub-1");
    static final PolicyTerms TERMS = new PolicyTerms("Asia/Shanghai", Set.of(), 90, ComplaintTerms.defaults());

    AggregateTestFixture<SubsidiaryPolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SubsidiaryPolicy.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void firstPublicationIsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy(POLICY, "sub-1", TERMS))
                .expectEvents(new PolicyPublished(POLICY, "sub-1", 1, TERMS, NOW))
                .expectResultMessagePayload(1);
    }

    @Test
    void everyPublicationIsTheNextVersion() {
        PolicyTerms workingDays = new PolicyTerms("Asia/Shanghai", Set.of(), 95, new ComplaintTerms(
                Duration.ofMinutes(20), Duration.ofHours(2), Duration.ofMinutes(10), 1, DayKind.WORKING,
                List.of(50)));
        fixture.given(new PolicyPublished(POLICY, "sub-1", 1, TERMS, NOW.minusSeconds(3600)))
                .when(new PublishPolicy(POLICY, "sub-1", workingDays))
                .expectEvents(new PolicyPublished(POLICY, "sub-1", 2, workingDays, NOW));
    }

    @Test
    void hardLimitShorterThanTheContactTargetIsRejected() {
        PolicyTerms broken = new PolicyTerms("Asia/Shanghai", Set.of(), 90, new ComplaintTerms(
                Duration.ofHours(5), Duration.ofHours(4), Duration.ofMinutes(10), 2, DayKind.CALENDAR,
                List.of(50, 80)));
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy(POLICY, "sub-1", broken))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void unknownTimeZoneIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy(POLICY, "sub-1", new PolicyTerms("Nowhere/City", Set.of(), 90,
                        ComplaintTerms.defaults())))
                .expectException(RuleViolation.class);
    }
}
