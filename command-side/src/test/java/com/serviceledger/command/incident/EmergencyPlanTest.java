package com.serviceledger.command.incident;

import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.incident.DrillEvaluated;
import com.serviceledger.kernel.incident.DrillHeld;
import com.serviceledger.kernel.incident.DrillOverdue;
import com.serviceledger.kernel.incident.DrillPlanned;
import com.serviceledger.kernel.incident.DrillRating;
import com.serviceledger.kernel.incident.DrillWarningRaised;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanPublished;
import com.serviceledger.kernel.incident.EvaluateDrill;
import com.serviceledger.kernel.incident.PlanContent;
import com.serviceledger.kernel.incident.PlanDrill;
import com.serviceledger.kernel.incident.PublishEmergencyPlan;
import com.serviceledger.kernel.incident.RecordDrill;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.IncidentPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Emergency plans and their drills (000 §8 (一)(二), 001 §7 (一)(二)), rule by rule. */
class EmergencyPlanTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final String PLAN = "EPL-sub-1-NATURAL_DISASTER";
    static final String DRILL = "DRL-1";
    static final PlanContent V1 = new PlanContent("Evacuate, then call the insurer", "Duty manager leads",
            "Generators at site B", "Emergency team of five");
    static final PlanContent V2 = new PlanContent("Evacuate by both stairs", "Duty manager leads",
            "Generators at sites A and B", "Emergency team of five");
    static final Instant SCHEDULED = T0.plus(Duration.ofDays(10));
    /** Recorded within one day of the date, warnings at 50 and 80 %. */
    static final IncidentPolicy POLICY = new IncidentPolicy("policy-3", Duration.ofHours(1), Duration.ofDays(7),
            Duration.ofDays(1), List.of(50, 80));
    static final Instant DRILL_DUE = SCHEDULED.plus(Duration.ofDays(1));

    AggregateTestFixture<EmergencyPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmergencyPlan.class);
        fixture.registerInjectableResource(new PolicyProvider() {
            @Override
            public ComplaintPolicy complaintPolicy(String subsidiaryId) {
                return ComplaintPolicy.defaults("policy-3", ZoneId.of("Asia/Shanghai"));
            }

            @Override
            public IncidentPolicy incidentPolicy(String subsidiaryId) {
                return POLICY;
            }
        });
        fixture.registerInjectableResource(new FixtureClock(fixture));
    }

    static PublishEmergencyPlan publish(PlanContent content, String afterDrill) {
        return new PublishEmergencyPlan(PLAN, "sub-1", EmergencyKind.NATURAL_DISASTER, content, afterDrill);
    }

    static EmergencyPlanPublished published(int version, PlanContent content, String afterDrill, Instant at) {
        return new EmergencyPlanPublished(PLAN, "sub-1", EmergencyKind.NATURAL_DISASTER, version, content, afterDrill,
                at, "Asia/Shanghai");
    }

    static DrillPlanned planned() {
        return new DrillPlanned(PLAN, DRILL, "sub-1", EmergencyKind.NATURAL_DISASTER, 1, "Flood in the basement",
                SCHEDULED, DRILL_DUE, T0, "policy-3", "Asia/Shanghai");
    }

    static DrillHeld held(Instant at, boolean onTime) {
        return new DrillHeld(PLAN, DRILL, "sub-1", 24, "Stair B blocked by storage", at, onTime);
    }

    static DrillEvaluated evaluated(Instant at) {
        return new DrillEvaluated(PLAN, DRILL, "sub-1", DrillRating.PARTLY_EFFECTIVE, "Second stair needed", at);
    }

    @Nested
    class Versions {

        @Test
        void firstPublicationIsVersionOne() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(publish(V1, null))
                    .expectEvents(published(1, V1, null, T0))
                    .expectResultMessagePayload(1);
        }

        @Test
        void eachRevisionIsTheNextVersion() {
            fixture.given(published(1, V1, null, T0)).andGivenCurrentTime(T0.plusSeconds(60))
                    .when(publish(V2, null))
                    .expectEvents(published(2, V2, null, T0.plusSeconds(60)));
        }

        @Test
        void planOfAnotherSubsidiaryOrKindIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new PublishEmergencyPlan(PLAN, "sub-2", EmergencyKind.NATURAL_DISASTER, V1, null))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Drills {

        @Test
        void drillOfTheVersionInForceIsPlannedWithItsDueTime() {
            fixture.given(published(1, V1, null, T0)).andGivenCurrentTime(T0)
                    .when(new PlanDrill(PLAN, DRILL, SCHEDULED, "Flood in the basement"))
                    .expectEvents(planned())
                    .expectScheduledDeadline(Duration.ofHours(11 * 24 / 2),
                            new EmergencyTimer(DRILL, 50, T0, DRILL_DUE, POLICY.warningPercents()));
        }

        @Test
        void drillInThePastIsRefused() {
            fixture.given(published(1, V1, null, T0)).andGivenCurrentTime(T0)
                    .when(new PlanDrill(PLAN, DRILL, T0.minusSeconds(1), "Flood"))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void drillRecordedByItsDueTimeIsOnTime() {
            Instant at = SCHEDULED.plus(Duration.ofHours(2));
            fixture.given(published(1, V1, null, T0), planned()).andGivenCurrentTime(at)
                    .when(new RecordDrill(PLAN, DRILL, 24, "Stair B blocked by storage"))
                    .expectEvents(held(at, true));
        }

        @Test
        void drillRecordedAfterItsDueTimeIsLate() {
            Instant at = DRILL_DUE.plusSeconds(1);
            fixture.given(published(1, V1, null, T0), planned()).andGivenCurrentTime(at)
                    .when(new RecordDrill(PLAN, DRILL, 24, "Stair B blocked by storage"))
                    .expectEvents(held(at, false));
        }

        @Test
        void unrecordedDrillIsWarnedThenOverdue() {
            fixture.given(published(1, V1, null, T0)).andGivenCurrentTime(T0)
                    .andGivenCommands(new PlanDrill(PLAN, DRILL, SCHEDULED, "Flood in the basement"))
                    .whenTimeElapses(Duration.ofDays(12))
                    .expectEvents(
                            new DrillWarningRaised(PLAN, DRILL, "sub-1", 50, DRILL_DUE, T0.plus(Duration.ofHours(132))),
                            new DrillWarningRaised(PLAN, DRILL, "sub-1", 80, DRILL_DUE,
                                    T0.plus(Duration.ofMinutes(11 * 24 * 60 * 8 / 10))),
                            new DrillOverdue(PLAN, DRILL, "sub-1", DRILL_DUE, DRILL_DUE));
        }

        @Test
        void recordedDrillIsNeverOverdue() {
            fixture.given(published(1, V1, null, T0)).andGivenCurrentTime(T0)
                    .andGivenCommands(new PlanDrill(PLAN, DRILL, SCHEDULED, "Flood in the basement"),
                            new RecordDrill(PLAN, DRILL, 24, "Held early"))
                    .whenTimeElapses(Duration.ofDays(12))
                    .expectNoEvents();
        }

        @Test
        void drillIsEvaluatedAfterItWasHeld() {
            fixture.given(published(1, V1, null, T0), planned()).andGivenCurrentTime(T0)
                    .when(new EvaluateDrill(PLAN, DRILL, DrillRating.PARTLY_EFFECTIVE, "Second stair needed"))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void heldDrillIsEvaluated() {
            Instant at = SCHEDULED.plus(Duration.ofHours(3));
            fixture.given(published(1, V1, null, T0), planned(), held(SCHEDULED, true)).andGivenCurrentTime(at)
                    .when(new EvaluateDrill(PLAN, DRILL, DrillRating.PARTLY_EFFECTIVE, "Second stair needed"))
                    .expectEvents(evaluated(at));
        }

        @Test
        void drillWithoutParticipantsIsRefused() {
            fixture.given(published(1, V1, null, T0), planned())
                    .when(new RecordDrill(PLAN, DRILL, 0, "Nobody came"))
                    .expectException(RuleViolation.class);
        }
    }

    @Nested
    class RevisionAfterADrill {

        @Test
        void revisionLinksTheEvaluatedDrill() {
            Instant at = SCHEDULED.plus(Duration.ofDays(2));
            fixture.given(published(1, V1, null, T0), planned(), held(SCHEDULED, true), evaluated(SCHEDULED))
                    .andGivenCurrentTime(at)
                    .when(publish(V2, DRILL))
                    .expectEvents(published(2, V2, DRILL, at));
        }

        @Test
        void revisionNamingADrillNotYetEvaluatedIsRefused() {
            fixture.given(published(1, V1, null, T0), planned(), held(SCHEDULED, true))
                    .when(publish(V2, DRILL))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void drillIsAnsweredByOneRevision() {
            fixture.given(published(1, V1, null, T0), planned(), held(SCHEDULED, true), evaluated(SCHEDULED),
                            published(2, V2, DRILL, SCHEDULED))
                    .when(publish(V1, DRILL))
                    .expectException(OutOfOrder.class);
        }
    }
}
