package com.serviceledger.command.inspection;

import com.serviceledger.command.testing.FixtureClock;
import static com.serviceledger.command.inspection.InspectionFixtures.*;

import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.inspection.CheckedItem;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import com.serviceledger.kernel.inspection.Inspector;
import com.serviceledger.kernel.inspection.ItemResult;
import com.serviceledger.kernel.inspection.NonConformity;
import com.serviceledger.kernel.inspection.RecordInspection;
import com.serviceledger.kernel.inspection.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Recording an inspection (002 第3篇 (1), (3) 4–5), rule by rule. */
class InspectionTest {

    static final String ID = "INS-1";
    static final CheckedItem FLOOR_CLEAN = CheckedItem.pass("floor-clean");
    static final CheckedItem BINS_EMPTIED = CheckedItem.pass("bins-emptied");
    static final CheckedItem STAIRS_DUSTY = CheckedItem.fail("stairs-dust-free", Severity.MINOR, "dust on stairs B");
    static final CheckedItem DRAIN_BLOCKED = CheckedItem.fail("drains-clear", Severity.MAJOR, "drain at gate blocked");

    AggregateTestFixture<Inspection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inspection.class);
        fixture.registerInjectableResource(policies());
        fixture.registerInjectableResource(new FixtureClock(fixture));
    }

    static RecordInspection record(InspectionKind kind, List<Inspector> team, CheckedItem... items) {
        return new RecordInspection(ID, kind, UNIT, team, List.of(items));
    }

    static NonConformity minorAt(int itemNo, Instant inspectedAt) {
        Instant due = inspectedAt.plus(Duration.ofHours(1));
        return new NonConformity("RCT-INS-1-" + itemNo, itemNo, "stairs-dust-free", Severity.MINOR, "dust on stairs B",
                null, due, inspectedAt.plus(Duration.ofMinutes(48)), new BigDecimal("200"));
    }

    @Nested
    class Teams {

        @Test
        void dailyInspectionByTheAssistantAlone() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.DAILY, List.of(ASSISTANT), FLOOR_CLEAN))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InspectionRecorded(ID, InspectionKind.DAILY, UNIT, List.of(ASSISTANT),
                            List.of(FLOOR_CLEAN), List.of(), T0, "Asia/Shanghai", "2026-03", "insp-3"));
        }

        @Test
        void dailyInspectionByTheForemanAlone() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.DAILY, List.of(FOREMAN), FLOOR_CLEAN))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void dailyInspectionWithoutAssistantOrForemanIsRejected() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.DAILY, List.of(SITE_LEAD), FLOOR_CLEAN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void weeklyInspectionNeedsTheAssistantTheForemanAndTheContractorsSiteLead() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.WEEKLY, List.of(ASSISTANT, FOREMAN), FLOOR_CLEAN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void weeklyInspectionByTheWholeTeamIsRecorded() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.WEEKLY, WEEKLY_TEAM, FLOOR_CLEAN))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void weeklyInspectionNamesTheContractor() {
            fixture.givenCurrentTime(T0)
                    .when(new RecordInspection(ID, InspectionKind.WEEKLY, new InspectedUnit("sub-1", "site-1", null),
                            WEEKLY_TEAM, List.of(FLOOR_CLEAN)))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void monthlyInspectionNeedsTechnicalDepartmentManagerAssistantAndForeman() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.MONTHLY, List.of(MANAGER, ASSISTANT, FOREMAN), FLOOR_CLEAN))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void monthlyInspectionByTheWholeTeamIsRecorded() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.MONTHLY, MONTHLY_TEAM, FLOOR_CLEAN))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class NonConformities {

        @Test
        void minorFailureMustBeFixedWithinTheHourWithAReminderAtEightyPercent() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.DAILY, List.of(ASSISTANT), FLOOR_CLEAN, STAIRS_DUSTY))
                    .expectEvents(new InspectionRecorded(ID, InspectionKind.DAILY, UNIT, List.of(ASSISTANT),
                            List.of(FLOOR_CLEAN, STAIRS_DUSTY), List.of(minorAt(2, T0)), T0, "Asia/Shanghai",
                            "2026-03", "insp-3"));
        }

        @Test
        void majorFailureGetsTheDeadlineWrittenOnItsWorkOrder() {
            Instant due = T0.plus(Duration.ofDays(3));
            CheckedItem drain = new CheckedItem("drains-clear", ItemResult.FAIL, "drain at gate blocked",
                    Severity.MAJOR, "staff-7", due);
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.DAILY, List.of(FOREMAN), drain))
                    .expectEvents(new InspectionRecorded(ID, InspectionKind.DAILY, UNIT, List.of(FOREMAN),
                            List.of(drain), List.of(new NonConformity("RCT-INS-1-1", 1, "drains-clear", Severity.MAJOR,
                            "drain at gate blocked", "staff-7", due, T0.plus(Duration.ofMinutes(3456)),
                            new BigDecimal("200"))), T0, "Asia/Shanghai", "2026-03", "insp-3"));
        }

        @Test
        void majorFailureWithoutAWorkOrderDeadlineGetsThePolicyDefault() {
            Instant due = T0.plus(Duration.ofHours(24));
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.DAILY, List.of(FOREMAN), DRAIN_BLOCKED))
                    .expectEvents(new InspectionRecorded(ID, InspectionKind.DAILY, UNIT, List.of(FOREMAN),
                            List.of(DRAIN_BLOCKED), List.of(new NonConformity("RCT-INS-1-1", 1, "drains-clear",
                            Severity.MAJOR, "drain at gate blocked", null, due, T0.plus(Duration.ofMinutes(1152)),
                            new BigDecimal("200"))), T0, "Asia/Shanghai", "2026-03", "insp-3"));
        }

        @Test
        void workOrderDeadlineInThePastIsRejected() {
            CheckedItem drain = new CheckedItem("drains-clear", ItemResult.FAIL, "blocked", Severity.MAJOR, null,
                    T0.minusSeconds(1));
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.DAILY, List.of(FOREMAN), FLOOR_CLEAN, drain))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("work order"))
                    .expectNoEvents();
        }

        @Test
        void emptyChecklistIsRejected() {
            fixture.givenCurrentTime(T0)
                    .when(record(InspectionKind.DAILY, List.of(FOREMAN)))
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class LocalMonth {

        @Test
        void inspectionLateOnTheLastEveningInUtcBelongsToTheLocalNextMonth() {
            // 00:30 on 1 April in Shanghai
            Instant at = Instant.parse("2026-03-31T16:30:00Z");
            fixture.givenCurrentTime(at)
                    .when(record(InspectionKind.DAILY, List.of(ASSISTANT), FLOOR_CLEAN, BINS_EMPTIED))
                    .expectEvents(new InspectionRecorded(ID, InspectionKind.DAILY, UNIT, List.of(ASSISTANT),
                            List.of(FLOOR_CLEAN, BINS_EMPTIED), List.of(), at, "Asia/Shanghai", "2026-04",
                            "insp-3"));
        }
    }
}
