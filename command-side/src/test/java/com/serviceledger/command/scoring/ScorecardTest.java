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
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.ScorecardCorrected;
import com.serviceledger.kernel.scoring.StaffWarned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A staff member's month under 002 第5篇 (default) and 第4篇 §9 (tiered), rule by rule. */
class ScorecardTest {

    static AggregateTestFixture<Scorecard> fixture(ScoringTerms terms) {
        return fixture(terms, (staffId, month, months) -> Optional.empty());
    }

    static AggregateTestFixture<Scorecard> fixture(ScoringTerms terms, Warnings warnings) {
        var fixture = new AggregateTestFixture<>(Scorecard.class);
        fixture.registerInjectableResource(policies(terms));
        fixture.registerInjectableResource(warnings);
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
                    BigDecimal.ONE, 1, 1, 1, true, 12);
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
        void twoComplaintsInOneMonthMakeTheWorstServiceFinedFiveHundredAndPostedPubliclyWhenNoWarningComesFirst() {
            fixture(WITHOUT_WARNING).given(opened(WITHOUT_WARNING), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0))
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

    /** 002 第4篇 4: 先批評教育,指出不足,要求改進。如不改進,一月中連續兩次受顧客投訴,將被評為最差. */
    @Nested
    class CriticismAndEducationFirst {

        static final String IMPROVEMENT = "fewer than 2 verified complaints in every month through 2027-03; "
                + "another month with 2 is the worst service";

        @Test
        void aFirstMonthAtTheThresholdBringsCriticismAndEducationAndNoFine() {
            fixture(DEFAULTS).given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0))
                    .andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseScorecard(CARD))
                    .expectEvents(new ScorecardClosed(CARD, "staff-9", "2026-03", 2, 15, 0, 15, false,
                                    BigDecimal.ZERO, VERSION, END_OF_MARCH),
                            new StaffWarned(CARD, "staff-9", "sub-1", "2026-03", 2,
                                    List.of(scored("CMP-1", 1, 5, 0, 0).cause(), scored("CMP-2", 2, 10, 3, 0).cause()),
                                    IMPROVEMENT, "2027-03", false, VERSION, END_OF_MARCH));
        }

        @Test
        void aMonthAtTheThresholdAfterAStandingWarningIsTheWorstServiceFinedAndPosted() {
            Warnings warnedInJanuary = (staffId, month, months) -> Optional.of(YearMonth.of(2026, 1));
            fixture(DEFAULTS, warnedInJanuary)
                    .given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0))
                    .andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseScorecard(CARD))
                    .expectEvents(new ScorecardClosed(CARD, "staff-9", "2026-03", 2, 15, 0, 15, true,
                                    new BigDecimal("500"), VERSION, END_OF_MARCH),
                            new WorstServiceDesignated(CARD, "staff-9", "sub-1", "2026-03", 2, new BigDecimal("500"),
                                    "staff-9 is the worst service of 2026-03: 2 verified complaints after criticism "
                                            + "and education for 2026-01, fined 500 yuan",
                                    3, VERSION, END_OF_MARCH, "2026-01", false));
        }

        @Test
        void aWarningAwaitsImprovementForThePolicysNumberOfMonthsOnly() {
            var oneMonth = new ScoringTerms(DEFAULTS.ruleSet(), 5, 10, 5, 2, 3, 3, 3, 2, new BigDecimal("500"), 3,
                    new BigDecimal("500"), 5, 15, 30, true, 1);
            Warnings warnedInJanuary = (staffId, month, months) ->
                    month.minusMonths(months).isAfter(YearMonth.of(2026, 1)) ? Optional.empty()
                            : Optional.of(YearMonth.of(2026, 1));
            fixture(oneMonth, warnedInJanuary)
                    .given(opened(oneMonth), scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0))
                    .andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseScorecard(CARD))
                    .expectEvents(new ScorecardClosed(CARD, "staff-9", "2026-03", 2, 15, 0, 15, false,
                                    BigDecimal.ZERO, VERSION, END_OF_MARCH),
                            new StaffWarned(CARD, "staff-9", "sub-1", "2026-03", 2,
                                    List.of(scored("CMP-1", 1, 5, 0, 0).cause(), scored("CMP-2", 2, 10, 3, 0).cause()),
                                    "fewer than 2 verified complaints in every month through 2026-04; another month "
                                            + "with 2 is the worst service", "2026-04", false, VERSION, END_OF_MARCH));
        }

        @Test
        void termsStoredBeforeTheWarningExistedDesignateAtTheThresholdAsTheyDid() throws Exception {
            ObjectMapper axonLike = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            ScorecardOpened stored = axonLike.readValue("""
                    {"scorecardId":"SC:staff-9:2026-03","staffId":"staff-9","month":"2026-03",
                     "timeZone":"Asia/Shanghai","subsidiaryId":"sub-1","departmentId":"dept-sales",
                     "policyVersion":"sub-1/v4","terms":{"ruleSet":"ESCALATING_5","attitudePoints":5,
                     "quarrelPoints":10,"escalationStep":5,"supervisorFromCount":2,"supervisorStep":3,
                     "groupLeaderFromCount":3,"groupLeaderStep":3,"worstServiceThreshold":2,
                     "worstServiceFine":500,"dismissalAtDesignation":3,"starBonus":500,"tier1Points":5,
                     "tier2Points":15,"tier2SeverePoints":30}}""", ScorecardOpened.class);
            fixture(DEFAULTS).given(stored, scored("CMP-1", 1, 5, 0, 0), scored("CMP-2", 2, 10, 3, 0))
                    .andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseScorecard(CARD))
                    .expectEvents(new ScorecardClosed(CARD, "staff-9", "2026-03", 2, 15, 0, 15, true,
                                    new BigDecimal("500"), VERSION, END_OF_MARCH),
                            new WorstServiceDesignated(CARD, "staff-9", "sub-1", "2026-03", 2, new BigDecimal("500"),
                                    "staff-9 is the worst service of 2026-03: 2 verified complaints, fined 500 yuan",
                                    3, VERSION, END_OF_MARCH));
        }
    }

    /** A complaint received in a month counts for it, also when it is verified after the month was closed. */
    @Nested
    class LateVerification {

        static final Instant LATE = Instant.parse("2026-04-08T03:00:00Z");
        static final String REASON = "complaint CMP-2 verified after the month was closed";

        static ComplaintScored lateScored(String complaintId, int n, int points, int supervisorPoints) {
            return lateScored(complaintId, n, points, supervisorPoints, 0);
        }

        static ComplaintScored lateScored(String complaintId, int n, int points, int supervisorPoints,
                                          int groupLeaderPoints) {
            ComplaintScored e = scored(complaintId, n, points, supervisorPoints, groupLeaderPoints);
            return new ComplaintScored(e.scorecardId(), e.staffId(), e.month(), e.complaintId(), e.misconduct(),
                    e.grade(), e.ordinal(), e.points(), e.cause(), e.sanction(), e.dismissalRecommended(),
                    e.supervisorId(), e.supervisorPoints(), e.groupLeaderId(), e.groupLeaderPoints(), e.ruleSet(),
                    e.policyVersion(), e.timeZone(), e.subsidiaryId(), LATE);
        }

        static ScorecardClosed closedWithOne() {
            return new ScorecardClosed(CARD, "staff-9", "2026-03", 1, 5, 0, 5, false, BigDecimal.ZERO, VERSION,
                    END_OF_MARCH);
        }

        @Test
        void aComplaintVerifiedAfterTheCloseCorrectsTheClosedMonthExplicitlyAndWarns() {
            fixture(DEFAULTS).given(opened(DEFAULTS), scored("CMP-1", 1, 5, 0, 0), closedWithOne())
                    .andGivenCurrentTime(LATE)
                    .when(score("CMP-2", MisconductCategory.ATTITUDE))
                    .expectEvents(lateScored("CMP-2", 2, 10, 3),
                            new ScorecardCorrected(CARD, "staff-9", "2026-03", "CMP-2", REASON, 1, 2, 5, 15, 0, 0,
                                    5, 15, VERSION, LATE),
                            new StaffWarned(CARD, "staff-9", "sub-1", "2026-03", 2,
                                    List.of(scored("CMP-1", 1, 5, 0, 0).cause(), scored("CMP-2", 2, 10, 3, 0).cause()),
                                    CriticismAndEducationFirst.IMPROVEMENT, "2027-03", true, VERSION, LATE));
        }

        @Test
        void aComplaintVerifiedAfterTheCloseCanDesignateTheClosedMonthTheWorstServiceLate() {
            fixture(WITHOUT_WARNING).given(opened(WITHOUT_WARNING), scored("CMP-1", 1, 5, 0, 0), closedWithOne())
                    .andGivenCurrentTime(LATE)
                    .when(score("CMP-2", MisconductCategory.ATTITUDE))
                    .expectEvents(lateScored("CMP-2", 2, 10, 3),
                            new ScorecardCorrected(CARD, "staff-9", "2026-03", "CMP-2", REASON, 1, 2, 5, 15, 0, 0,
                                    5, 15, VERSION, LATE),
                            new WorstServiceDesignated(CARD, "staff-9", "sub-1", "2026-03", 2, new BigDecimal("500"),
                                    "staff-9 is the worst service of 2026-03: 2 verified complaints, fined 500 yuan "
                                            + "(designated late: a complaint verified after the month was closed)",
                                    3, VERSION, LATE, null, true));
        }

        @Test
        void aMonthThatHasItsVerdictIsCorrectedButNotJudgedAgain() {
            fixture(WITHOUT_WARNING).given(opened(WITHOUT_WARNING), scored("CMP-1", 1, 5, 0, 0),
                            scored("CMP-3", 2, 10, 3, 0),
                            new ScorecardClosed(CARD, "staff-9", "2026-03", 2, 15, 0, 15, true, new BigDecimal("500"),
                                    VERSION, END_OF_MARCH),
                            new WorstServiceDesignated(CARD, "staff-9", "sub-1", "2026-03", 2, new BigDecimal("500"),
                                    "n", 3, VERSION, END_OF_MARCH))
                    .andGivenCurrentTime(LATE)
                    .when(score("CMP-2", MisconductCategory.ATTITUDE))
                    .expectEvents(lateScored("CMP-2", 3, 15, 6, 3),
                            new ScorecardCorrected(CARD, "staff-9", "2026-03", "CMP-2", REASON, 2, 3, 15, 30, 0, 0,
                                    15, 30, VERSION, LATE));
        }

        @Test
        void aJointChargeAfterTheCloseCorrectsTheSupervisorsClosedMonth() {
            String card = ScorecardId.of("sup-2", MARCH);
            fixture(DEFAULTS).given(new ScorecardOpened(card, "sup-2", "2026-03", "Asia/Shanghai", "sub-1", null,
                                    VERSION, DEFAULTS),
                            new ScorecardClosed(card, "sup-2", "2026-03", 0, 0, 0, 0, false, BigDecimal.ZERO, VERSION,
                                    END_OF_MARCH))
                    .andGivenCurrentTime(LATE)
                    .when(new ChargeJointLiability(card, "sup-2", "2026-03", "Asia/Shanghai", "sub-1", "CMP-2",
                            LiabilityRole.SUPERVISOR, "staff-9", 2, 3, VERSION, LATE))
                    .expectEvents(new JointLiabilityCharged(card, "sup-2", "2026-03", "CMP-2", LiabilityRole.SUPERVISOR,
                                    "staff-9", 2, 3, JOINT_CAUSE, VERSION, LATE),
                            new ScorecardCorrected(card, "sup-2", "2026-03", "CMP-2",
                                    JOINT_CAUSE + ", charged after the month was closed", 0, 0, 0, 0, 0, 3, 0, 3,
                                    VERSION, LATE));
        }

        static final String JOINT_CAUSE = "joint liability as supervisor for staff-9's 2nd verified complaint of "
                + "the month (CMP-2)";
    }
}
