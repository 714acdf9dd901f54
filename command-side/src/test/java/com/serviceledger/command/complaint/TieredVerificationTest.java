package com.serviceledger.command.complaint;

import static com.serviceledger.command.complaint.ComplaintTest.CHAIN_AT_T0;
import static com.serviceledger.command.complaint.ComplaintTest.CUSTOMER;
import static com.serviceledger.command.complaint.ComplaintTest.ID;
import static com.serviceledger.command.complaint.ComplaintTest.POLICY;
import static com.serviceledger.command.complaint.ComplaintTest.SHANGHAI;
import static com.serviceledger.command.complaint.ComplaintTest.T0;
import static org.hamcrest.Matchers.containsString;

import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.complaint.VerifyComplaint;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Verification under the tiered rule set (002 第4篇 §9): the verifier picks a listed behaviour, whose tier gives the
 * range the points are chosen in; checked against the scoring rules in force when the complaint was received.
 */
class TieredVerificationTest {

    static final ScoringTerms TIERED = new ScoringTerms(ScoringRuleSet.TIERED_4, 5, 10, 5, 2, 3, 3, 3, 2,
            new BigDecimal("500"), 3, new BigDecimal("500"), 5, 15, 30);
    /** A day after the complaint came in, sub-1 went back to the default rule set. */
    static final Instant BACK_TO_DEFAULTS = T0.plus(Duration.ofDays(1));
    static final Instant VERIFIED_AT = T0.plus(Duration.ofDays(2));

    AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new PolicyProvider() {
            @Override
            public ComplaintPolicy complaintPolicy(String subsidiaryId) {
                return POLICY;
            }

            @Override
            public ScoringPolicy scoringPolicy(String subsidiaryId) {
                return ScoringPolicy.defaults("sub-1/v3", SHANGHAI);
            }

            @Override
            public ScoringPolicy scoringPolicyAt(String subsidiaryId, Instant at) {
                return at.isBefore(BACK_TO_DEFAULTS) ? new ScoringPolicy("sub-1/v2", SHANGHAI, TIERED)
                        : scoringPolicy(subsidiaryId);
            }
        });
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(new FixtureVault(CUSTOMER));
        FixtureDirectory directory = new FixtureDirectory()
                .subsidiary("sub-1", "dept-billing", "dept-sales").post("sub-1", "post-window", "dept-billing")
                .hired(CHAIN_AT_T0, T0).staff("sub-1", "dept-billing", "head-1", "handler-3");
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(new DirectoryRules(directory));
    }

    Object[] calledBack() {
        Instant resolvedAt = T0.plus(Duration.ofHours(3));
        return new Object[] {ComplaintTest.received(Urgency.NORMAL), ComplaintTest.forwarded(),
                ComplaintTest.contacted(Duration.ofMinutes(5)), ComplaintTest.handlerNamed(),
                ComplaintTest.resolved(resolvedAt), new CallbackRecorded(ID, 4, true, null, resolvedAt, true)};
    }

    VerifyComplaint verify(MisconductGrade grade, String behaviour, Integer points) {
        return new VerifyComplaint(ID, "staff-9", MisconductCategory.ATTITUDE, "Mocked the customer", grade,
                behaviour, points);
    }

    @Test
    void aListedBehaviourPicksItsTierAndThePointsWithinItsRangeAreRecorded() {
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(null, "DISRESPECT", 15))
                .expectEvents(new ComplaintVerified(ID, "staff-9", MisconductCategory.ATTITUDE, "Mocked the customer",
                        VERIFIED_AT, T0, CHAIN_AT_T0, MisconductGrade.TIER_1, "DISRESPECT", 15));
    }

    @Test
    void pointsOutsideTheTiersRangeAreRefused() {
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(null, "DISRESPECT", 16))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("DISRESPECT is a tier 1 behaviour: its points are 5–15"))
                .expectNoEvents();
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(MisconductGrade.TIER_2, "ABUSE_OR_VIOLENCE", 14))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aBehaviourNotInTheCatalogueIsRefused() {
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(null, "BEING_LATE", 5))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("one of the listed behaviours"))
                .expectNoEvents();
    }

    @Test
    void underTheTieredRulesAMisconductNamesABehaviourAndItsPoints() {
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(MisconductGrade.TIER_1, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(null, "COLD_ATTITUDE", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aGradeContradictingTheBehavioursTierIsRefused() {
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(MisconductGrade.TIER_2_SEVERE, "COLD_ATTITUDE", 10))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("the grade is TIER_1 or none"))
                .expectNoEvents();
    }

    @Test
    void aSevereTierTwoBehaviourKeepsTheVerifiersGrade() {
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(MisconductGrade.TIER_2_SEVERE, "RETALIATION", 30))
                .expectEvents(new ComplaintVerified(ID, "staff-9", MisconductCategory.ATTITUDE, "Mocked the customer",
                        VERIFIED_AT, T0, CHAIN_AT_T0, MisconductGrade.TIER_2_SEVERE, "RETALIATION", 30));
    }

    @Test
    void theDefaultRulesInForceAtReceiptTakeNoBehaviourOrPoints() {
        // received after sub-1 went back to the default rule set
        Instant later = BACK_TO_DEFAULTS.plusSeconds(60);
        Object[] history = calledBack();
        history[0] = new com.serviceledger.kernel.complaint.ComplaintReceived(ID,
                com.serviceledger.kernel.common.Channel.ONLINE, FixtureVault.PROTECTED, "Invoice printed twice",
                "Refund the fee", ComplaintTest.TARGET, Urgency.NORMAL, later, "Asia/Shanghai", "policy-7",
                POLICY.deadlinesFor(later, Urgency.NORMAL));
        fixture.given(history).andGivenCurrentTime(VERIFIED_AT)
                .when(verify(null, "DISRESPECT", 10))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("sub-1/v3, ESCALATING_5"))
                .expectNoEvents();
    }

    @Test
    void aServiceFailureNamesNoBehaviour() {
        fixture.given(calledBack()).andGivenCurrentTime(VERIFIED_AT)
                .when(new VerifyComplaint(ID, null, MisconductCategory.SERVICE_FAILURE, "printer", null, null, 10))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
