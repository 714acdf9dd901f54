package com.serviceledger.command.scoring;

import com.serviceledger.command.testing.FixtureClock;
import static com.serviceledger.command.scoring.ScoringFixtures.*;

import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.scoring.ChargeJointLiability;
import com.serviceledger.kernel.scoring.CloseScorecard;
import com.serviceledger.kernel.scoring.JointLiabilityCharged;
import com.serviceledger.kernel.scoring.LiabilityRole;
import com.serviceledger.kernel.scoring.Sanction;
import com.serviceledger.kernel.scoring.ScoreComplaint;
import com.serviceledger.kernel.scoring.ScorecardClosed;
import com.serviceledger.kernel.scoring.ScorecardId;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A staff member's month under 002 第5篇 (default) and 第4篇 §9 (tiered), rule by rule. */
class ScorecardTest {

    static AggregateTestFixture<Scorecard> fixture(ScoringTerms terms) {
        var fixture = new AggregateTestFixture<>(Scorecard.class);
        fixture.registerInjectableResource(policies(terms));
        fixture.registerInjectableResource(new FixtureClock(fixture));
        return fixture;
    }

    @Nested
    class DefaultRuleSet {

        final AggregateTestFixture<Scorecard> fixture = fixture(DEFAULTS);

        @Test
        void aVerifiedComplaintAboutAttitudeOrWorkingStateCostsFivePoints() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(score("CMP-1", MisconductCategory.ATTITUDE))
                    .expectEvents(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0));
        }

        @Test
        void quarrellingWithOrAbusingACustomerCostsTenPoints() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(score("CMP-1", MisconductCategory.QUARREL))
                    .expectEvents(opened(DEFAULTS), scored("CMP-1", MisconductCategory.QUARREL, 1, 10, 0, 0));
        }

        @Test
        void theSecondComplaintOfTheMonthCostsTwiceFiveAndTheDirectSupervisorThree() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0)).andGivenCurrentTime(T0)
                    .when(score("CMP-2", MisconductCategory.ATTITUDE))
                    .expectEvents(scored("CMP-2", 2, 10, 3, 0));
        }

        @Test
        void theThirdComplaintCostsThreeTimesFiveTheSupervisorSixAndTheGroupLeaderThree() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0))
                    .andGivenCurrentTime(T0)
                    .when(score("CMP-3", MisconductCategory.ATTITUDE))
                    .expectEvents(scored("CMP-3", 3, 15, 6, 3));
        }

        @Test
        void theNthComplaintCostsNTimesFiveAndTheJointLiabilityEscalatesByCount() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0),
                            scored("CMP-3", 3, 15, 6, 3))
                    .andGivenCurrentTime(T0)
                    .when(score("CMP-4", MisconductCategory.ATTITUDE))
                    .expectEvents(scored("CMP-4", 4, 20, 9, 6));
        }

        @Test
        void aQuarrelAsTheSecondComplaintCostsTheLargerOfItsTenAndTwiceFive() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0)).andGivenCurrentTime(T0)
                    .when(score("CMP-2", MisconductCategory.QUARREL))
                    .expectEvents(scored("CMP-2", MisconductCategory.QUARREL, 2, 10, 3, 0));
        }

        @Test
        void aQuarrelAsTheThirdComplaintCostsThreeTimesFive() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0))
                    .andGivenCurrentTime(T0)
                    .when(score("CMP-3", MisconductCategory.QUARREL))
                    .expectEvents(scored("CMP-3", MisconductCategory.QUARREL, 3, 15, 6, 3));
        }

        @Test
        void theSameComplaintIsScoredOnce() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0)).andGivenCurrentTime(T0)
                    .when(score("CMP-1", MisconductCategory.ATTITUDE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aServiceFailureOrNoFaultCostsTheStaffMemberNothing() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(score("CMP-1", MisconductCategory.SERVICE_FAILURE))
                    .expectNoEvents();
        }

        @Test
        void withoutASupervisorOnRecordNobodyAnswersJointly() {
            var alone = new StaffChain("staff-9", "sub-1", "dept-sales", "weighbridge", null, null);
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 0, 0))
                    .andGivenCurrentTime(T0)
                    .when(new ScoreComplaint(CARD, "2026-03", "Asia/Shanghai", alone, "CMP-3",
                            MisconductCategory.ATTITUDE, null, T0, T0))
                    .expectEvents(scored("CMP-3", 3, 15, 0, 0));
        }

        @Test
        void theRulesOfTheMonthAreThoseInForceAtItsFirstComplaintNotTheProvidersCurrentOnes() {
            var cheaper = new ScoringTerms(DEFAULTS.ruleSet(), 1, 1, 1, 2, 1, 3, 1, 2, BigDecimal.ONE, 3,
                    BigDecimal.ONE, 1, 1, 1);
            fixture(cheaper).given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0)).andGivenCurrentTime(T0)
                    .when(score("CMP-2", MisconductCategory.ATTITUDE))
                    .expectEvents(scored("CMP-2", 2, 10, 3, 0));
        }
    }

    @Nested
    class JointLiability {

        final AggregateTestFixture<Scorecard> fixture = fixture(DEFAULTS);
        final String supervisorCard = ScorecardId.of("sup-2", MARCH);

        ChargeJointLiability charge() {
            return new ChargeJointLiability(supervisorCard, "sup-2", "2026-03", "Asia/Shanghai", "sub-1", "CMP-2",
                    LiabilityRole.SUPERVISOR, "staff-9", 2, 3, VERSION, T0);
        }

        JointLiabilityCharged charged() {
            return new JointLiabilityCharged(supervisorCard, "sup-2", "2026-03", "CMP-2", LiabilityRole.SUPERVISOR,
                    "staff-9", 2, 3, "joint liability as supervisor for staff-9's 2nd verified complaint of the "
                    + "month (CMP-2)", VERSION, T0);
        }

        @Test
        void theDirectSupervisorLosesThePointsOnTheirOwnScorecardWithTheCause() {
            fixture.givenNoPriorActivity()
                    .when(charge())
                    .expectEvents(new ScorecardOpened(supervisorCard, "sup-2", "2026-03", "Asia/Shanghai", "sub-1",
                            null, VERSION, DEFAULTS), charged());
        }

        @Test
        void theSameChargeIsRecordedOnce() {
            fixture.given(new ScorecardOpened(supervisorCard, "sup-2", "2026-03", "Asia/Shanghai", "sub-1", null,
                            VERSION, DEFAULTS), charged())
                    .when(charge())
                    .expectNoEvents();
        }
    }

    @Nested
    class ServiceStar {

        final AggregateTestFixture<Scorecard> fixture = fixture(DEFAULTS);

        @Test
        void theStarsMonthShowsTheAwardOnce() {
            var record = new com.serviceledger.kernel.scoring.RecordServiceStar(CARD, "staff-9", "2026-03",
                    "Asia/Shanghai", "sub-1", "dept-sales", 2, new BigDecimal("1000"), VERSION, END_OF_MARCH);
            var recorded = new com.serviceledger.kernel.scoring.ServiceStarRecorded(CARD, "staff-9", "2026-03", 2,
                    new BigDecimal("1000"), VERSION, END_OF_MARCH);
            fixture.givenNoPriorActivity().when(record).expectEvents(opened(DEFAULTS), recorded);
            fixture.given(opened(DEFAULTS), recorded).when(record).expectNoEvents();
        }
    }

    @Nested
    class TieredRuleSet {

        final AggregateTestFixture<Scorecard> fixture = fixture(TIERED);

        @Test
        void tierOneMisconductCostsFiveAndAMajorDemeritWithoutEscalationOrJointLiability() {
            fixture.given(opened(TIERED), tieredScored("CMP-1", MisconductCategory.ATTITUDE, null, 1, 5,
                            "tier 1 misconduct (attitude)", Sanction.MAJOR_DEMERIT, false))
                    .andGivenCurrentTime(T0)
                    .when(score("CMP-2", MisconductCategory.QUARREL))
                    .expectEvents(tieredScored("CMP-2", MisconductCategory.QUARREL, null, 2, 5,
                            "tier 1 misconduct (quarrel)", Sanction.MAJOR_DEMERIT, false));
        }

        @Test
        void abuseOrViolenceIsTierTwoFifteenPointsAndAWarning() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(score("CMP-1", MisconductCategory.QUARREL, MisconductGrade.TIER_2))
                    .expectEvents(opened(TIERED), tieredScored("CMP-1", MisconductCategory.QUARREL,
                            MisconductGrade.TIER_2, 1, 15, "tier 2 misconduct (quarrel)", Sanction.WARNING, false));
        }

        @Test
        void aSevereTierTwoMisconductCostsThirtyAndRecommendsDismissal() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(score("CMP-1", MisconductCategory.QUARREL, MisconductGrade.TIER_2_SEVERE))
                    .expectEvents(opened(TIERED), tieredScored("CMP-1", MisconductCategory.QUARREL,
                            MisconductGrade.TIER_2_SEVERE, 1, 30, "severe tier 2 misconduct (quarrel)",
                            Sanction.WARNING, true));
        }
    }

    @Nested
    class MonthClose {

        final AggregateTestFixture<Scorecard> fixture = fixture(DEFAULTS);

        @Test
        void oneComplaintInAMonthIsNotTheWorstService() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0)).andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseScorecard(CARD))
                    .expectEvents(new ScorecardClosed(CARD, "staff-9", "2026-03", 1, 5, 0, 5, false, BigDecimal.ZERO,
                            VERSION, END_OF_MARCH));
        }

        @Test
        void twoComplaintsInOneMonthMakeTheWorstServiceFinedFiveHundredAndPostedPublicly() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0))
                    .andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseScorecard(CARD))
                    .expectEvents(new ScorecardClosed(CARD, "staff-9", "2026-03", 2, 15, 0, 15, true,
                                    new BigDecimal("500"), VERSION, END_OF_MARCH),
                            new WorstServiceDesignated(CARD, "staff-9", "sub-1", "2026-03", 2, new BigDecimal("500"),
                                    "staff-9 is the worst service of 2026-03: 2 verified complaints, fined 500 yuan",
                                    3, VERSION, END_OF_MARCH));
        }

        @Test
        void jointDeductionsAreInTheTotalButAreNotTheirOwnComplaints() {
            String card = ScorecardId.of("sup-2", MARCH);
            fixture.given(new ScorecardOpened(card, "sup-2", "2026-03", "Asia/Shanghai", "sub-1", null, VERSION,
                            DEFAULTS),
                            new JointLiabilityCharged(card, "sup-2", "2026-03", "CMP-2", LiabilityRole.SUPERVISOR,
                                    "staff-9", 2, 3, "c", VERSION, T0),
                            new JointLiabilityCharged(card, "sup-2", "2026-03", "CMP-3", LiabilityRole.SUPERVISOR,
                                    "staff-9", 3, 6, "c", VERSION, T0))
                    .andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseScorecard(card))
                    .expectEvents(new ScorecardClosed(card, "sup-2", "2026-03", 0, 0, 9, 9, false, BigDecimal.ZERO,
                            VERSION, END_OF_MARCH));
        }

        @Test
        void theMonthIsClosedOnlyOnceItIsOverLocally() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0))
                    .andGivenCurrentTime(END_OF_MARCH.minusSeconds(1))
                    .when(new CloseScorecard(CARD))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void aMonthIsClosedOnce() {
            fixture.given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0),
                            new ScorecardClosed(CARD, "staff-9", "2026-03", 1, 5, 0, 5, false, BigDecimal.ZERO, VERSION,
                                    END_OF_MARCH))
                    .andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseScorecard(CARD))
                    .expectException(OutOfOrder.class);
        }
    }
}
