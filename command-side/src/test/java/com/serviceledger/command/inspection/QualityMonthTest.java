package com.serviceledger.command.inspection;

import com.serviceledger.command.testing.FixtureClock;
import static com.serviceledger.command.inspection.InspectionFixtures.*;

import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.inspection.CloseQualityMonth;
import com.serviceledger.kernel.inspection.CountInspection;
import com.serviceledger.kernel.inspection.CountRectificationOutcome;
import com.serviceledger.kernel.inspection.EscalationRule;
import com.serviceledger.kernel.inspection.InspectionCounted;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.KindFigures;
import com.serviceledger.kernel.inspection.QualityEscalated;
import com.serviceledger.kernel.inspection.QualityMonthEvaluated;
import com.serviceledger.kernel.inspection.QualityMonthId;
import com.serviceledger.kernel.inspection.QualityMonthOpened;
import com.serviceledger.kernel.inspection.RectificationFigures;
import com.serviceledger.kernel.inspection.RectificationOutcome;
import com.serviceledger.kernel.inspection.RectificationOutcomeCounted;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A unit's month: escalation (002 第3篇 (3) 6) and the monthly evaluation (第3篇 (2)), rule by rule. */
class QualityMonthTest {

    static final String MARCH = QualityMonthId.of(UNIT, "2026-03");
    static final String APRIL = QualityMonthId.of(UNIT, "2026-04");
    /** 00:00 on 1 April in Shanghai: March is over. */
    static final Instant END_OF_MARCH = Instant.parse("2026-03-31T16:00:00Z");

    AggregateTestFixture<QualityMonth> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QualityMonth.class);
        fixture.registerInjectableResource(policies());
        fixture.registerInjectableResource(new FixtureClock(fixture));
    }

    static QualityMonthOpened opened(String id, String month) {
        return new QualityMonthOpened(id, UNIT, month, "Asia/Shanghai", "insp-3", POLICY.escalation(),
                POLICY.evaluation());
    }

    static CountInspection count(String id, String month, String inspectionId, InspectionKind kind, int items,
                                 int failed) {
        return new CountInspection(id, UNIT, month, "Asia/Shanghai", inspectionId, kind, items, failed, T0);
    }

    static InspectionCounted counted(String inspectionId, InspectionKind kind, int items, int failed) {
        return new InspectionCounted(MARCH, inspectionId, kind, items, failed, T0);
    }

    /** The month opened and {@code n} daily inspections with one failed item out of ten each. */
    static List<Object> marchWithDailyFailures(int n) {
        List<Object> events = new ArrayList<>();
        events.add(opened(MARCH, "2026-03"));
        for (int i = 1; i <= n; i++) {
            events.add(counted("INS-D" + i, InspectionKind.DAILY, 10, 1));
        }
        return events;
    }

    static QualityEscalated escalated(InspectionKind kind, List<String> inspections, Instant at) {
        return new QualityEscalated(MARCH, UNIT, "2026-03", kind, inspections.size(), inspections,
                EscalationRule.REPORTED_TO, new BigDecimal("1000"), at, "insp-3");
    }

    @Nested
    class Counting {

        @Test
        void firstInspectionOpensTheMonthUnderThePolicyInForce() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(count(MARCH, "2026-03", "INS-D1", InspectionKind.DAILY, 10, 1))
                    .expectEvents(opened(MARCH, "2026-03"), counted("INS-D1", InspectionKind.DAILY, 10, 1));
        }

        @Test
        void theSameInspectionCountsOnce() {
            fixture.given(marchWithDailyFailures(1))
                    .when(count(MARCH, "2026-03", "INS-D1", InspectionKind.DAILY, 10, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void theSameRectificationOutcomeCountsOnce() {
            fixture.given(opened(MARCH, "2026-03"), new RectificationOutcomeCounted(MARCH, "RCT-1",
                            RectificationOutcome.RECTIFIED_ON_TIME, null, T0))
                    .when(new CountRectificationOutcome(MARCH, "RCT-1", RectificationOutcome.RECTIFIED_ON_TIME, null,
                            T0))
                    .expectNoEvents();
        }
    }

    @Nested
    class Escalation {

        @Test
        void threeDailyInspectionsWithFailuresDoNotEscalate() {
            fixture.given(marchWithDailyFailures(2)).andGivenCurrentTime(T0)
                    .when(count(MARCH, "2026-03", "INS-D3", InspectionKind.DAILY, 10, 2))
                    .expectEvents(counted("INS-D3", InspectionKind.DAILY, 10, 2));
        }

        @Test
        void theFourthDailyInspectionWithFailuresInAMonthEscalatesToManagerAndTechnicalDepartment() {
            Instant at = T0.plus(Duration.ofDays(3));
            fixture.given(marchWithDailyFailures(3)).andGivenCurrentTime(at)
                    .when(count(MARCH, "2026-03", "INS-D4", InspectionKind.DAILY, 10, 1))
                    .expectEvents(counted("INS-D4", InspectionKind.DAILY, 10, 1),
                            escalated(InspectionKind.DAILY, List.of("INS-D1", "INS-D2", "INS-D3", "INS-D4"), at));
        }

        @Test
        void aFourthDailyFailureInTheNextMonthCountsThereAndDoesNotEscalate() {
            // March holds three (see above); April's month is another aggregate and starts from nothing
            fixture.givenNoPriorActivity().andGivenCurrentTime(END_OF_MARCH)
                    .when(count(APRIL, "2026-04", "INS-D4", InspectionKind.DAILY, 10, 1))
                    .expectEvents(opened(APRIL, "2026-04"),
                            new InspectionCounted(APRIL, "INS-D4", InspectionKind.DAILY, 10, 1, T0));
        }

        @Test
        void dailyInspectionsWithoutFailuresDoNotCountTowardsEscalation() {
            fixture.given(marchWithDailyFailures(3)).andGivenCurrentTime(T0)
                    .when(count(MARCH, "2026-03", "INS-OK", InspectionKind.DAILY, 10, 0))
                    .expectEvents(counted("INS-OK", InspectionKind.DAILY, 10, 0));
        }

        @Test
        void theSecondWeeklyInspectionWithFailuresEscalates() {
            fixture.given(opened(MARCH, "2026-03"), counted("INS-W1", InspectionKind.WEEKLY, 20, 3))
                    .andGivenCurrentTime(T0)
                    .when(count(MARCH, "2026-03", "INS-W2", InspectionKind.WEEKLY, 20, 1))
                    .expectEvents(counted("INS-W2", InspectionKind.WEEKLY, 20, 1),
                            escalated(InspectionKind.WEEKLY, List.of("INS-W1", "INS-W2"), T0));
        }

        @Test
        void monthlyInspectionsWithFailuresNeverEscalate() {
            fixture.given(opened(MARCH, "2026-03"), counted("INS-M1", InspectionKind.MONTHLY, 40, 5))
                    .when(count(MARCH, "2026-03", "INS-M2", InspectionKind.MONTHLY, 40, 5))
                    .expectEvents(counted("INS-M2", InspectionKind.MONTHLY, 40, 5));
        }

        @Test
        void aMonthEscalatesOnlyOnceEvenIfAFifthFailureFollows() {
            List<Object> history = marchWithDailyFailures(4);
            history.add(escalated(InspectionKind.DAILY, List.of("INS-D1", "INS-D2", "INS-D3", "INS-D4"), T0));
            fixture.given(history)
                    .when(count(MARCH, "2026-03", "INS-D5", InspectionKind.DAILY, 10, 1))
                    .expectEvents(counted("INS-D5", InspectionKind.DAILY, 10, 1));
        }

        @Test
        void aWeeklyThresholdReachedAfterADailyEscalationDoesNotEscalateAgain() {
            List<Object> history = marchWithDailyFailures(4);
            history.add(escalated(InspectionKind.DAILY, List.of("INS-D1", "INS-D2", "INS-D3", "INS-D4"), T0));
            history.add(counted("INS-W1", InspectionKind.WEEKLY, 20, 1));
            fixture.given(history)
                    .when(count(MARCH, "2026-03", "INS-W2", InspectionKind.WEEKLY, 20, 1))
                    .expectEvents(counted("INS-W2", InspectionKind.WEEKLY, 20, 1));
        }
    }

    @Nested
    class MonthlyEvaluation {

        @Test
        void theMonthIsEvaluatedOnlyOnceItIsOver() {
            fixture.given(marchWithDailyFailures(1)).andGivenCurrentTime(END_OF_MARCH.minusSeconds(1))
                    .when(new CloseQualityMonth(MARCH))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void aPerfectMonthScoresOneHundred() {
            fixture.given(opened(MARCH, "2026-03"), counted("INS-D1", InspectionKind.DAILY, 10, 0),
                            counted("INS-W1", InspectionKind.WEEKLY, 20, 0))
                    .andGivenCurrentTime(END_OF_MARCH)
                    .when(new CloseQualityMonth(MARCH))
                    .expectEvents(new QualityMonthEvaluated(MARCH, UNIT, "2026-03",
                            new KindFigures(1, 0, 10, 0, new BigDecimal("1.0000")),
                            new KindFigures(1, 0, 20, 0, new BigDecimal("1.0000")),
                            new KindFigures(0, 0, 0, 0, null),
                            new RectificationFigures(0, 0, 0, 0, 0, null, BigDecimal.ZERO),
                            false, BigDecimal.ZERO, new BigDecimal("100.0"), new BigDecimal("80"), true,
                            END_OF_MARCH, "insp-3"));
        }

        /**
         * Daily 36/40 passed (0.9, weight 30), weekly 18/20 (0.9, weight 30), monthly 38/40 (0.95, weight 20),
         * rectification 4 of 8 on time (0.5, weight 20): (27 + 27 + 19 + 10) / 100 = 83.0; one overdue −2, the
         * escalation −10: 71.0, below 80. Penalties: 200 overdue + 1000 contract.
         */
        @Test
        void aMonthWithFailuresIsScoredByPassRatesRectificationsOnTimeOverduesAndEscalation() {
            List<Object> history = new ArrayList<>();
            history.add(opened(MARCH, "2026-03"));
            for (int i = 1; i <= 4; i++) {
                history.add(counted("INS-D" + i, InspectionKind.DAILY, 10, 1));
            }
            history.add(escalated(InspectionKind.DAILY, List.of("INS-D1", "INS-D2", "INS-D3", "INS-D4"), T0));
            history.add(counted("INS-W1", InspectionKind.WEEKLY, 20, 2));
            history.add(counted("INS-M1", InspectionKind.MONTHLY, 40, 2));
            for (int i = 1; i <= 4; i++) {
                history.add(new RectificationOutcomeCounted(MARCH, "RCT-" + i, RectificationOutcome.RECTIFIED_ON_TIME,
                        null, T0));
            }
            history.add(new RectificationOutcomeCounted(MARCH, "RCT-5", RectificationOutcome.OVERDUE,
                    new BigDecimal("200"), T0));
            history.add(new RectificationOutcomeCounted(MARCH, "RCT-5", RectificationOutcome.RECTIFIED_LATE, null,
                    T0));
            history.add(new RectificationOutcomeCounted(MARCH, "RCT-6", RectificationOutcome.RECTIFIED_LATE, null,
                    T0));
            fixture.given(history).andGivenCurrentTime(END_OF_MARCH.plus(Duration.ofDays(1)))
                    .when(new CloseQualityMonth(MARCH))
                    .expectEvents(new QualityMonthEvaluated(MARCH, UNIT, "2026-03",
                            new KindFigures(4, 4, 40, 4, new BigDecimal("0.9000")),
                            new KindFigures(1, 1, 20, 2, new BigDecimal("0.9000")),
                            new KindFigures(1, 1, 40, 2, new BigDecimal("0.9500")),
                            new RectificationFigures(8, 4, 2, 1, 2, new BigDecimal("0.5000"), new BigDecimal("200")),
                            true, new BigDecimal("1200"), new BigDecimal("71.0"), new BigDecimal("80"), false,
                            END_OF_MARCH.plus(Duration.ofDays(1)), "insp-3"));
        }

        @Test
        void aMonthIsEvaluatedOnce() {
            List<Object> history = marchWithDailyFailures(1);
            history.add(new QualityMonthEvaluated(MARCH, UNIT, "2026-03", new KindFigures(1, 1, 10, 1,
                    new BigDecimal("0.9000")), new KindFigures(0, 0, 0, 0, null), new KindFigures(0, 0, 0, 0, null),
                    new RectificationFigures(1, 0, 0, 0, 1, BigDecimal.ZERO, BigDecimal.ZERO), false, BigDecimal.ZERO,
                    new BigDecimal("45.0"), new BigDecimal("80"), false, END_OF_MARCH, "insp-3"));
            fixture.given(history).andGivenCurrentTime(END_OF_MARCH.plusSeconds(60))
                    .when(new CloseQualityMonth(MARCH))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }
    }
}
