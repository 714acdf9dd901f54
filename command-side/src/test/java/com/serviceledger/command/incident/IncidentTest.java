package com.serviceledger.command.incident;

import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.incident.ActivateEmergencyPlan;
import com.serviceledger.kernel.incident.DeclareIncident;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanActivated;
import com.serviceledger.kernel.incident.IncidentDeadline;
import com.serviceledger.kernel.incident.IncidentDeadlineBreached;
import com.serviceledger.kernel.incident.IncidentDeadlineWarningRaised;
import com.serviceledger.kernel.incident.IncidentDeclared;
import com.serviceledger.kernel.incident.IncidentReported;
import com.serviceledger.kernel.incident.IncidentResolved;
import com.serviceledger.kernel.incident.IncidentReviewed;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.incident.RecordSupport;
import com.serviceledger.kernel.incident.ReportIncident;
import com.serviceledger.kernel.incident.RequestSupport;
import com.serviceledger.kernel.incident.ResolveIncident;
import com.serviceledger.kernel.incident.ReviewIncident;
import com.serviceledger.kernel.incident.SupportRecorded;
import com.serviceledger.kernel.incident.SupportRequested;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.IncidentPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Incidents (000 §8 (三), 001 §7 (三)), rule by rule. */
class IncidentTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final String ID = "INC-1";
    static final OrgUnit UNIT = new OrgUnit("sub-1", "dept-it");
    static final String PLAN = "EPL-sub-1-SYSTEM_FAILURE";
    /** Report within 2 hours, review within 5 days, warnings at 50 and 80 %. */
    static final IncidentPolicy POLICY = new IncidentPolicy("policy-3", Duration.ofHours(2), Duration.ofDays(5),
            Duration.ofDays(1), List.of(50, 80));
    static final Instant REPORT_DUE = T0.plus(Duration.ofHours(2));

    AggregateTestFixture<Incident> fixture;
    final Map<String, Integer> plansInForce = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
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
        fixture.registerInjectableResource((PlansInForce) planId -> Optional.ofNullable(plansInForce.get(planId)));
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(new FixtureVault(null));
    }

    static DeclareIncident declare() {
        return new DeclareIncident(ID, UNIT, EmergencyKind.SYSTEM_FAILURE, IncidentSeverity.MAJOR,
                "Billing system down", null);
    }

    static IncidentDeclared declared() {
        return new IncidentDeclared(ID, UNIT, EmergencyKind.SYSTEM_FAILURE, IncidentSeverity.MAJOR,
                "Billing system down", null, T0, REPORT_DUE, "policy-3", "Asia/Shanghai");
    }

    static IncidentReported reported(Duration after, boolean onTime) {
        return new IncidentReported(ID, "gm-1", "Billing down since 09:00", T0.plus(after), onTime);
    }

    static IncidentResolved resolved(Instant at) {
        return new IncidentResolved(ID, "Failed over to the standby", at, at.plus(Duration.ofDays(5)));
    }

    static EmergencyTimer timer(IncidentDeadline deadline, int percent, Instant start, Instant due) {
        return new EmergencyTimer(deadline.name(), percent, start, due, POLICY.warningPercents());
    }

    @Nested
    class Declaring {

        @Test
        void declarationFixesTheReportTimeUnderThePolicyInForce() {
            fixture.givenCurrentTime(T0)
                    .when(declare())
                    .expectEvents(declared())
                    .expectScheduledDeadline(Duration.ofHours(1), timer(IncidentDeadline.REPORT, 50, T0, REPORT_DUE));
        }

        @Test
        void planVersionActivatedIsTheOneInForce() {
            plansInForce.put(PLAN, 3);
            fixture.givenCurrentTime(T0)
                    .when(declare())
                    .expectEvents(declared(), new EmergencyPlanActivated(ID, PLAN, 3, T0));
        }

        @Test
        void declaringTwiceChangesNothing() {
            fixture.given(declared())
                    .when(declare())
                    .expectNoEvents();
        }

        @Test
        void planPublishedAfterTheDeclarationIsActivatedOnRequest() {
            plansInForce.put(PLAN, 1);
            fixture.given(declared())
                    .andGivenCurrentTime(T0.plusSeconds(60))
                    .when(new ActivateEmergencyPlan(ID))
                    .expectEvents(new EmergencyPlanActivated(ID, PLAN, 1, T0.plusSeconds(60)));
        }

        @Test
        void activationWithoutAPlanInForceIsRefused() {
            fixture.given(declared())
                    .when(new ActivateEmergencyPlan(ID))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void planIsActivatedOnce() {
            plansInForce.put(PLAN, 2);
            fixture.given(declared(), new EmergencyPlanActivated(ID, PLAN, 2, T0))
                    .when(new ActivateEmergencyPlan(ID))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class ReportingToTheSuperiors {

        @Test
        void reportInTime() {
            fixture.given(declared())
                    .andGivenCurrentTime(T0.plus(Duration.ofMinutes(30)))
                    .when(new ReportIncident(ID, "gm-1", "Billing down since 09:00"))
                    .expectEvents(reported(Duration.ofMinutes(30), true));
        }

        @Test
        void reportAfterTheReportTimeIsLate() {
            fixture.given(declared())
                    .andGivenCurrentTime(T0.plus(Duration.ofHours(3)))
                    .when(new ReportIncident(ID, "gm-1", "Billing down since 09:00"))
                    .expectEvents(reported(Duration.ofHours(3), false));
        }

        @Test
        void unreportedIncidentIsWarnedAtHalfTheReportTime() {
            fixture.givenCurrentTime(T0).andGivenCommands(declare())
                    .whenTimeElapses(Duration.ofMinutes(61))
                    .expectEvents(new IncidentDeadlineWarningRaised(ID, UNIT, IncidentDeadline.REPORT, 50, REPORT_DUE,
                            T0.plus(Duration.ofHours(1))));
        }

        @Test
        void unreportedIncidentBreachesTheReportTime() {
            fixture.givenCurrentTime(T0).andGivenCommands(declare())
                    .whenTimeElapses(Duration.ofHours(2).plusMinutes(1))
                    .expectEvents(
                            new IncidentDeadlineWarningRaised(ID, UNIT, IncidentDeadline.REPORT, 50, REPORT_DUE,
                                    T0.plus(Duration.ofHours(1))),
                            new IncidentDeadlineWarningRaised(ID, UNIT, IncidentDeadline.REPORT, 80, REPORT_DUE,
                                    T0.plus(Duration.ofMinutes(96))),
                            new IncidentDeadlineBreached(ID, UNIT, IncidentDeadline.REPORT, REPORT_DUE, REPORT_DUE));
        }

        @Test
        void reportedIncidentIsNeitherWarnedNorBreached() {
            fixture.givenCurrentTime(T0)
                    .andGivenCommands(declare(), new ReportIncident(ID, "gm-1", "Billing down since 09:00"))
                    .whenTimeElapses(Duration.ofHours(3))
                    .expectNoEvents();
        }

        @Test
        void reportIsMadeOnce() {
            fixture.given(declared(), reported(Duration.ofMinutes(10), true))
                    .when(new ReportIncident(ID, "gm-1", "again"))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class Support {

        @Test
        void supportRequestsAreNumberedAndTheirSupportRecorded() {
            SupportRequested first = new SupportRequested(ID, 1, "IT department of sub-2", "Two engineers", T0);
            fixture.given(declared(), first)
                    .andGivenCurrentTime(T0.plusSeconds(600))
                    .when(new RecordSupport(ID, 1, "Two engineers on site"))
                    .expectEvents(new SupportRecorded(ID, 1, "Two engineers on site", T0.plusSeconds(600)));
        }

        @Test
        void secondRequestGetsTheNextNumber() {
            fixture.given(declared(), new SupportRequested(ID, 1, "IT of sub-2", "Engineers", T0))
                    .andGivenCurrentTime(T0.plusSeconds(60))
                    .when(new RequestSupport(ID, "Vendor hotline", "A spare server"))
                    .expectEvents(new SupportRequested(ID, 2, "Vendor hotline", "A spare server",
                            T0.plusSeconds(60)));
        }

        @Test
        void supportOfAnUnknownRequestIsRefused() {
            fixture.given(declared())
                    .when(new RecordSupport(ID, 1, "Nothing was asked"))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ResolvingAndReviewing {

        @Test
        void unreportedIncidentCannotBeResolved() {
            fixture.given(declared())
                    .when(new ResolveIncident(ID, "Failed over to the standby"))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void resolutionFixesTheReviewTimeAndStartsItsTimer() {
            Instant at = T0.plus(Duration.ofHours(4));
            fixture.given(declared(), reported(Duration.ofMinutes(10), true))
                    .andGivenCurrentTime(at)
                    .when(new ResolveIncident(ID, "Failed over to the standby"))
                    .expectEvents(resolved(at))
                    .expectScheduledDeadline(Duration.ofDays(5).dividedBy(2),
                            timer(IncidentDeadline.REVIEW, 50, at, at.plus(Duration.ofDays(5))));
        }

        @Test
        void reviewInTimeRecordsFindingsAndImprovementActions() {
            Instant at = T0.plus(Duration.ofHours(4));
            fixture.given(declared(), reported(Duration.ofMinutes(10), true), resolved(at))
                    .andGivenCurrentTime(at.plus(Duration.ofDays(2)))
                    .when(new ReviewIncident(ID, "No standby test in a year", List.of("Test the failover monthly")))
                    .expectEvents(new IncidentReviewed(ID, "No standby test in a year",
                            List.of("Test the failover monthly"), at.plus(Duration.ofDays(2)), true));
        }

        @Test
        void reviewAfterTheReviewTimeIsLate() {
            Instant at = T0.plus(Duration.ofHours(4));
            fixture.given(declared(), reported(Duration.ofMinutes(10), true), resolved(at))
                    .andGivenCurrentTime(at.plus(Duration.ofDays(6)))
                    .when(new ReviewIncident(ID, "Late", List.of()))
                    .expectEvents(new IncidentReviewed(ID, "Late", List.of(), at.plus(Duration.ofDays(6)), false));
        }

        @Test
        void reviewIsDueOnlyAfterTheResolution() {
            fixture.given(declared(), reported(Duration.ofMinutes(10), true))
                    .when(new ReviewIncident(ID, "Too early", List.of()))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void unreviewedIncidentBreachesTheReviewTime() {
            Instant due = T0.plus(Duration.ofDays(5));
            fixture.givenCurrentTime(T0)
                    .andGivenCommands(declare(), new ReportIncident(ID, "gm-1", "Billing down"),
                            new ResolveIncident(ID, "Failed over to the standby"))
                    .whenTimeElapses(Duration.ofDays(5).plusMinutes(1))
                    .expectEvents(
                            new IncidentDeadlineWarningRaised(ID, UNIT, IncidentDeadline.REVIEW, 50, due,
                                    T0.plus(Duration.ofDays(5).dividedBy(2))),
                            new IncidentDeadlineWarningRaised(ID, UNIT, IncidentDeadline.REVIEW, 80, due,
                                    T0.plus(Duration.ofDays(4))),
                            new IncidentDeadlineBreached(ID, UNIT, IncidentDeadline.REVIEW, due, due));
        }
    }
}
