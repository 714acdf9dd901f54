package com.serviceledger.command.servicerequest;


import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.NewAttachment;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ServiceRequestPolicy;
import com.serviceledger.kernel.servicerequest.*;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget.DELIVERY;
import static com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget.FIRST_RESPONSE;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

/** The service request lifecycle of 000 §2.2 and 001 §3.1–3.2, rule by rule. */
class ServiceRequestTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 09:00 local on Monday 2 March 2026. */
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant RESPONSE_DUE = T0.plus(Duration.ofMinutes(30));
    /** The plan's original due time: 17:00 local on Wednesday 4 March. */
    static final Instant DUE = Instant.parse("2026-03-04T09:00:00Z");
    static final Instant PLANNED_AT = T0.plus(Duration.ofHours(2));
    static final String ID = "SRQ-1";
    static final ServiceRequestPolicy POLICY = ServiceRequestPolicy.defaults("sr-policy-3", SHANGHAI);
    static final CustomerContact CUSTOMER = new CustomerContact("Li Wei", "13812341234", null);
    static final ServiceRequestTarget TARGET = new ServiceRequestTarget("sub-1", "dept-sales", "post-billing");
    static final List<String> MISSING = List.of("business licence copy", "authorisation letter");

    AggregateTestFixture<ServiceRequest> fixture;
    FixtureVault vault = new FixtureVault(CUSTOMER);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServiceRequest.class);
        fixture.registerInjectableResource(new PolicyProvider() {
            @Override
            public ComplaintPolicy complaintPolicy(String subsidiaryId) {
                throw new AssertionError("a service request never asks for the complaint policy");
            }

            @Override
            public ServiceRequestPolicy serviceRequestPolicy(String subsidiaryId) {
                return POLICY;
            }
        });
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(new DirectoryRules(new FixtureDirectory()
                .subsidiary("sub-1", "dept-sales").post("sub-1", "post-billing", "dept-sales")
                .staff("sub-1", "dept-sales", "agent-7", "clerk-3")));
    }

    static ReceiveServiceRequest receive() {
        return new ReceiveServiceRequest(ID, Channel.ON_SITE, CUSTOMER, ServiceCategory.BUSINESS_ASSISTANCE,
                "Open a new weighbridge account", TARGET);
    }

    static ServiceRequestReceived received() {
        return new ServiceRequestReceived(ID, Channel.ON_SITE, FixtureVault.PROTECTED, ServiceCategory.BUSINESS_ASSISTANCE,
                "Open a new weighbridge account", TARGET, T0, "Asia/Shanghai", "sr-policy-3", RESPONSE_DUE);
    }

    static ServiceRequestAssigned assigned() {
        return new ServiceRequestAssigned(ID, "agent-7", T0.plus(Duration.ofMinutes(10)));
    }

    static FirstResponseMade respondedByAssignment() {
        return new FirstResponseMade(ID, FirstResponseAct.ASSIGNMENT, T0.plus(Duration.ofMinutes(10)), RESPONSE_DUE,
                true);
    }

    static ServiceRequestAssessed assessed() {
        return new ServiceRequestAssessed(ID, "account opening", Difficulty.MEDIUM, "one clerk, billing system",
                T0.plus(Duration.ofHours(1)));
    }

    static ServicePlanned planned() {
        return new ServicePlanned(ID, "Account open", List.of("check documents", "create account"), "clerk-3", DUE,
                PLANNED_AT, "sr-policy-3");
    }

    static Object[] afterPlanning(Object... more) {
        Object[] base = {received(), assigned(), respondedByAssignment(), assessed(), planned()};
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static ServiceDelivered delivered(Instant at) {
        return new ServiceDelivered(ID, "Account number 4711", at, DUE, DUE, !at.isAfter(DUE), !at.isAfter(DUE));
    }

    static ServiceRequestCheckpoint checkpoint(ServiceRequestSlaTarget target, int percent, Instant start,
                                               Instant due) {
        return new ServiceRequestCheckpoint(target, percent, start, due, POLICY.warningPercents());
    }

    @Nested
    class Receiving {

        @Test
        void fixesTheFirstResponseDueTimeUnderThePolicyInForceAndRecordsItsVersion() {
            fixture.givenCurrentTime(T0)
                    .when(receive())
                    .expectEvents(received());
        }

        @Test
        void startsTheFirstResponseTimerAtItsFirstWarning() {
            fixture.givenCurrentTime(T0)
                    .when(receive())
                    .expectScheduledDeadline(Duration.ofMinutes(15),
                            checkpoint(FIRST_RESPONSE, 50, T0, RESPONSE_DUE));
        }
    }

    @Nested
    class FirstResponse {

        @Test
        void assignmentWithinThirtyMinutesIsTheFirstResponseInTime() {
            Instant at = T0.plus(Duration.ofMinutes(10));
            fixture.given(received()).andGivenCurrentTime(at)
                    .when(new AssignServiceRequest(ID, "agent-7"))
                    .expectEvents(new ServiceRequestAssigned(ID, "agent-7", at),
                            new FirstResponseMade(ID, FirstResponseAct.ASSIGNMENT, at, RESPONSE_DUE, true));
        }

        @Test
        void assignmentAfterThirtyMinutesIsALateFirstResponse() {
            Instant at = T0.plus(Duration.ofMinutes(31));
            fixture.given(received()).andGivenCurrentTime(at)
                    .when(new AssignServiceRequest(ID, "agent-7"))
                    .expectEvents(new ServiceRequestAssigned(ID, "agent-7", at),
                            new FirstResponseMade(ID, FirstResponseAct.ASSIGNMENT, at, RESPONSE_DUE, false));
        }

        @Test
        void materialsRequestIsTheFirstResponseWhenItComesFirst() {
            Instant at = T0.plus(Duration.ofMinutes(5));
            fixture.given(received()).andGivenCurrentTime(at)
                    .when(new RequestMaterials(ID, MISSING))
                    .expectEvents(new MaterialsRequested(ID, MISSING, at),
                            new FirstResponseMade(ID, FirstResponseAct.MATERIALS_REQUEST, at, RESPONSE_DUE, true));
        }

        @Test
        void assignmentAfterAMaterialsRequestIsNoSecondFirstResponse() {
            Instant at = T0.plus(Duration.ofHours(3));
            fixture.given(received(), new MaterialsRequested(ID, MISSING, T0),
                            new FirstResponseMade(ID, FirstResponseAct.MATERIALS_REQUEST, T0, RESPONSE_DUE, true),
                            new MaterialsReceived(ID, T0.plus(Duration.ofHours(2))))
                    .andGivenCurrentTime(at)
                    .when(new AssignServiceRequest(ID, "agent-7"))
                    .expectEvents(new ServiceRequestAssigned(ID, "agent-7", at));
        }

        @Test
        void noResponseWarnsAtHalfAndEightyPercentThenBreaches() {
            fixture.givenCurrentTime(T0).andGivenCommands(receive())
                    .whenTimeElapses(Duration.ofMinutes(31))
                    .expectEvents(
                            new ServiceRequestSlaWarningRaised(ID, FIRST_RESPONSE, 50, RESPONSE_DUE,
                                    T0.plus(Duration.ofMinutes(15))),
                            new ServiceRequestSlaWarningRaised(ID, FIRST_RESPONSE, 80, RESPONSE_DUE,
                                    T0.plus(Duration.ofMinutes(24))),
                            new ServiceRequestSlaBreached(ID, FIRST_RESPONSE, RESPONSE_DUE, RESPONSE_DUE));
        }

        @Test
        void responseInTimeSilencesTheTimer() {
            fixture.givenCurrentTime(T0).andGivenCommands(receive(), new AssignServiceRequest(ID, "agent-7"))
                    .whenTimeElapses(Duration.ofMinutes(31))
                    .expectNoEvents();
        }
    }

    @Nested
    class IncompleteMaterials {

        @Test
        void everyMissingItemIsToldInOneEvent() {
            fixture.given(received()).andGivenCurrentTime(T0.plus(Duration.ofMinutes(5)))
                    .when(new RequestMaterials(ID, List.of(" business licence copy", "authorisation letter",
                            "business licence copy", " ")))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            matches(e -> e.equals(new MaterialsRequested(ID, MISSING,
                                    T0.plus(Duration.ofMinutes(5))))),
                            matches(e -> e instanceof FirstResponseMade), andNoMore())));
        }

        @Test
        void aSecondRequestForMoreMaterialsIsAViolationOfTheRegulation() {
            fixture.given(received(), new MaterialsRequested(ID, MISSING, T0),
                            new FirstResponseMade(ID, FirstResponseAct.MATERIALS_REQUEST, T0, RESPONSE_DUE, true))
                    .when(new RequestMaterials(ID, List.of("bank statement")))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("一次性告知"))
                    .expectNoEvents();
        }

        @Test
        void aSecondRequestIsRejectedAlsoAfterTheMaterialsArrived() {
            fixture.given(received(), new MaterialsRequested(ID, MISSING, T0),
                            new FirstResponseMade(ID, FirstResponseAct.MATERIALS_REQUEST, T0, RESPONSE_DUE, true),
                            new MaterialsReceived(ID, T0.plus(Duration.ofHours(1))))
                    .when(new RequestMaterials(ID, List.of("bank statement")))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void aMaterialsRequestNamesAtLeastOneItem() {
            fixture.given(received())
                    .when(new RequestMaterials(ID, List.of(" ")))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void materialsAreRequestedAtTheInitialReviewNotAfterAssignment() {
            fixture.given(received(), assigned(), respondedByAssignment())
                    .when(new RequestMaterials(ID, MISSING))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void aRequestAwaitingMaterialsIsNotAssigned() {
            fixture.given(received(), new MaterialsRequested(ID, MISSING, T0),
                            new FirstResponseMade(ID, FirstResponseAct.MATERIALS_REQUEST, T0, RESPONSE_DUE, true))
                    .when(new AssignServiceRequest(ID, "agent-7"))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void materialsReceivedResumeTheRequest() {
            Instant at = T0.plus(Duration.ofHours(2));
            fixture.given(received(), new MaterialsRequested(ID, MISSING, T0),
                            new FirstResponseMade(ID, FirstResponseAct.MATERIALS_REQUEST, T0, RESPONSE_DUE, true))
                    .andGivenCurrentTime(at)
                    .when(new RecordMaterialsReceived(ID))
                    .expectEvents(new MaterialsReceived(ID, at));
        }

        @Test
        void materialsReceivedWithoutARequestIsOutOfOrder() {
            fixture.given(received())
                    .when(new RecordMaterialsReceived(ID))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class AssessmentAndPlan {

        @Test
        void theAssignedRequestIsAssessed() {
            Instant at = T0.plus(Duration.ofHours(1));
            fixture.given(received(), assigned(), respondedByAssignment()).andGivenCurrentTime(at)
                    .when(new AssessServiceRequest(ID, "account opening", Difficulty.MEDIUM,
                            "one clerk, billing system"))
                    .expectEvents(assessed());
        }

        @Test
        void assessmentBeforeAssignmentIsOutOfOrder() {
            fixture.given(received())
                    .when(new AssessServiceRequest(ID, "x", Difficulty.LOW, "y"))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void thePlanSetsTheOriginalDueTimeAndStartsItsTimer() {
            fixture.given(received(), assigned(), respondedByAssignment(), assessed())
                    .andGivenCurrentTime(PLANNED_AT)
                    .when(new PlanService(ID, "Account open", List.of("check documents", "create account"),
                            "clerk-3", DUE))
                    .expectEvents(planned())
                    .expectScheduledDeadline(Duration.between(PLANNED_AT, DUE).dividedBy(2),
                            checkpoint(DELIVERY, 50, PLANNED_AT, DUE));
        }

        @Test
        void planningBeforeTheAssessmentIsOutOfOrder() {
            fixture.given(received(), assigned(), respondedByAssignment())
                    .when(new PlanService(ID, "goal", List.of("step"), "clerk-3", DUE))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void aDueTimeInThePastIsRejected() {
            fixture.given(received(), assigned(), respondedByAssignment(), assessed())
                    .andGivenCurrentTime(PLANNED_AT)
                    .when(new PlanService(ID, "goal", List.of("step"), "clerk-3", PLANNED_AT.minusSeconds(1)))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void aPlanHasAtLeastOneStep() {
            fixture.given(received(), assigned(), respondedByAssignment(), assessed())
                    .andGivenCurrentTime(PLANNED_AT)
                    .when(new PlanService(ID, "goal", List.of(), "clerk-3", DUE))
                    .expectException(RuleViolation.class);
        }

        @Test
        void progressReportsPutThePlannedWorkInProgress() {
            Instant at = PLANNED_AT.plus(Duration.ofHours(4));
            fixture.given(afterPlanning()).andGivenCurrentTime(at)
                    .when(new ReportProgress(ID, "documents checked"))
                    .expectEvents(new ProgressReported(ID, "documents checked", at));
        }

        @Test
        void progressBeforeThePlanIsOutOfOrder() {
            fixture.given(received(), assigned(), respondedByAssignment())
                    .when(new ReportProgress(ID, "started"))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class Delays {

        static final Instant NEW_DUE = DUE.plus(Duration.ofDays(1));

        @Test
        void aDelayAnnouncedOneMinuteBeforeTheDueTimeMovesTheAgreedDueTime() {
            Instant at = DUE.minus(Duration.ofMinutes(1));
            fixture.given(afterPlanning()).andGivenCurrentTime(at)
                    .when(new AnnounceDelay(ID, "system outage", NEW_DUE))
                    .expectEvents(new DelayAnnounced(ID, "system outage", NEW_DUE, DUE, at, true, NEW_DUE))
                    .expectScheduledDeadline(Duration.between(at, NEW_DUE).dividedBy(2),
                            checkpoint(DELIVERY, 50, at, NEW_DUE));
        }

        @Test
        void aDelayAnnouncedOneMinuteAfterTheDueTimeIsLateAndTheDueTimeStays() {
            Instant at = DUE.plus(Duration.ofMinutes(1));
            fixture.given(afterPlanning()).andGivenCurrentTime(at)
                    .when(new AnnounceDelay(ID, "system outage", NEW_DUE))
                    .expectEvents(new DelayAnnounced(ID, "system outage", NEW_DUE, DUE, at, false, DUE))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aDelayAnnouncedExactlyAtTheDueTimeIsNotBeforeItAndSoLate() {
            fixture.given(afterPlanning()).andGivenCurrentTime(DUE)
                    .when(new AnnounceDelay(ID, "system outage", NEW_DUE))
                    .expectEvents(new DelayAnnounced(ID, "system outage", NEW_DUE, DUE, DUE, false, DUE));
        }

        @Test
        void aSecondDelayInTimeIsJudgedAgainstTheAgreedDueTime() {
            Instant first = DUE.minus(Duration.ofHours(1));
            Instant second = DUE.plus(Duration.ofHours(1)); // after the original, before the agreed due time
            Instant later = NEW_DUE.plus(Duration.ofDays(1));
            fixture.given(afterPlanning(new DelayAnnounced(ID, "outage", NEW_DUE, DUE, first, true, NEW_DUE)))
                    .andGivenCurrentTime(second)
                    .when(new AnnounceDelay(ID, "supplier late", later))
                    .expectEvents(new DelayAnnounced(ID, "supplier late", later, NEW_DUE, second, true, later));
        }

        @Test
        void aDelayMustMoveTheDueTimeLater() {
            fixture.given(afterPlanning()).andGivenCurrentTime(PLANNED_AT)
                    .when(new AnnounceDelay(ID, "faster", DUE.minus(Duration.ofHours(1))))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void aDelayBeforeThePlanIsOutOfOrder() {
            fixture.given(received(), assigned(), respondedByAssignment())
                    .when(new AnnounceDelay(ID, "busy", NEW_DUE))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class Delivery {

        static final Instant AGREED = DUE.plus(Duration.ofDays(1));

        @Test
        void deliveryByTheDueTimeIsOnTimeAgainstBoth() {
            Instant at = DUE.minus(Duration.ofHours(2));
            fixture.given(afterPlanning(new ProgressReported(ID, "half way", PLANNED_AT.plusSeconds(60))))
                    .andGivenCurrentTime(at)
                    .when(new DeliverService(ID, "Account number 4711"))
                    .expectEvents(new ServiceDelivered(ID, "Account number 4711", at, DUE, DUE, true, true));
        }

        @Test
        void deliveryAfterAnAnnouncedDelayIsOnTimeAgainstTheAgreedButLateAgainstTheOriginalDueTime() {
            Instant at = DUE.plus(Duration.ofHours(5));
            fixture.given(afterPlanning(new DelayAnnounced(ID, "outage", AGREED, DUE, DUE.minusSeconds(60), true, AGREED)))
                    .andGivenCurrentTime(at)
                    .when(new DeliverService(ID, "Account number 4711"))
                    .expectEvents(new ServiceDelivered(ID, "Account number 4711", at, DUE, AGREED, false, true));
        }

        @Test
        void deliveryAfterALateAnnouncementIsLateAgainstBoth() {
            Instant at = DUE.plus(Duration.ofHours(5));
            fixture.given(afterPlanning(new DelayAnnounced(ID, "outage", AGREED, DUE, DUE.plusSeconds(60), false, DUE)))
                    .andGivenCurrentTime(at)
                    .when(new DeliverService(ID, "Account number 4711"))
                    .expectEvents(new ServiceDelivered(ID, "Account number 4711", at, DUE, DUE, false, false));
        }

        @Test
        void deliveryBeforeThePlanIsOutOfOrder() {
            fixture.given(received(), assigned(), respondedByAssignment(), assessed())
                    .when(new DeliverService(ID, "done"))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void theDeliveryTimerWarnsAndBreachesAtTheOriginalDueTime() {
            fixture.givenCurrentTime(PLANNED_AT)
                    .andGiven(received(), assigned(), respondedByAssignment(), assessed())
                    .andGivenCommands(new PlanService(ID, "goal", List.of("step"), "clerk-3", DUE))
                    .whenTimeElapses(Duration.between(PLANNED_AT, DUE).plusMinutes(1))
                    .expectEvents(
                            new ServiceRequestSlaWarningRaised(ID, DELIVERY, 50, DUE,
                                    PLANNED_AT.plus(Duration.between(PLANNED_AT, DUE).dividedBy(2))),
                            new ServiceRequestSlaWarningRaised(ID, DELIVERY, 80, DUE,
                                    PLANNED_AT.plusMillis(Duration.between(PLANNED_AT, DUE).toMillis() * 80 / 100)),
                            new ServiceRequestSlaBreached(ID, DELIVERY, DUE, DUE));
        }

        @Test
        void aDelayAnnouncedInTimeLeavesTheOriginalDueTimesTimerStale() {
            fixture.givenCurrentTime(DUE.minus(Duration.ofMinutes(10)))
                    .andGiven(received(), assigned(), respondedByAssignment(), assessed())
                    .andGivenCommands(new PlanService(ID, "goal", List.of("step"), "clerk-3", DUE),
                            new AnnounceDelay(ID, "outage", AGREED))
                    .whenTimeElapses(Duration.ofMinutes(11))
                    .expectNoEvents();
        }

        @Test
        void deliveryInTimeSilencesTheDeliveryTimer() {
            fixture.givenCurrentTime(T0)
                    .andGivenCommands(receive(), new AssignServiceRequest(ID, "agent-7"),
                            new AssessServiceRequest(ID, "n", Difficulty.LOW, "r"),
                            new PlanService(ID, "goal", List.of("step"), "clerk-3", DUE),
                            new DeliverService(ID, "done"))
                    .whenTimeElapses(Duration.ofDays(3))
                    .expectNoEvents();
        }
    }

    @Nested
    class Acceptance {

        static final Instant DELIVERED_AT = DUE.minus(Duration.ofHours(6));

        @Test
        void theCustomerAcceptsTheDelivery() {
            Instant at = DELIVERED_AT.plus(Duration.ofHours(1));
            fixture.given(afterPlanning(delivered(DELIVERED_AT))).andGivenCurrentTime(at)
                    .when(new AcceptDelivery(ID))
                    .expectEvents(new DeliveryAccepted(ID, at));
        }

        @Test
        void theCustomerRejectsTheDeliveryWithReasonsAndTheWorkResumes() {
            Instant at = DELIVERED_AT.plus(Duration.ofHours(1));
            fixture.given(afterPlanning(delivered(DELIVERED_AT))).andGivenCurrentTime(at)
                    .when(new RejectDelivery(ID, List.of("wrong account type")))
                    .expectEvents(new DeliveryRejected(ID, List.of("wrong account type"), at))
                    .expectScheduledDeadline(Duration.between(at, DUE),
                            checkpoint(DELIVERY, 100, PLANNED_AT, DUE));
        }

        @Test
        void aRejectionNamesItsReasons() {
            fixture.given(afterPlanning(delivered(DELIVERED_AT)))
                    .when(new RejectDelivery(ID, List.of()))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void theReworkedServiceIsDeliveredAgainAndJudgedAtThatTime() {
            Instant again = DUE.plus(Duration.ofHours(3));
            fixture.given(afterPlanning(delivered(DELIVERED_AT),
                            new DeliveryRejected(ID, List.of("wrong account type"), DELIVERED_AT.plusSeconds(3600))))
                    .andGivenCurrentTime(again)
                    .when(new DeliverService(ID, "Account number 4712"))
                    .expectEvents(new ServiceDelivered(ID, "Account number 4712", again, DUE, DUE, false, false));
        }

        @Test
        void reworkStillUndeliveredAtTheDueTimeBreaches() {
            fixture.givenCurrentTime(DELIVERED_AT.plus(Duration.ofHours(1)))
                    .andGiven(afterPlanning(delivered(DELIVERED_AT)))
                    .andGivenCommands(new RejectDelivery(ID, List.of("incomplete")))
                    .whenTimeElapses(Duration.ofHours(6))
                    .expectEvents(new ServiceRequestSlaBreached(ID, DELIVERY, DUE, DUE));
        }

        @Test
        void acceptanceBeforeDeliveryIsOutOfOrder() {
            fixture.given(afterPlanning())
                    .when(new AcceptDelivery(ID))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class SatisfactionAndClosing {

        Object[] accepted(Object... more) {
            Object[] base = afterPlanning(delivered(DUE.minusSeconds(3600)), new DeliveryAccepted(ID, DUE));
            Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
            System.arraycopy(more, 0, all, base.length, more.length);
            return all;
        }

        @Test
        void theSurveyAfterCompletionRecordsScoreAndComment() {
            Instant at = DUE.plus(Duration.ofHours(1));
            fixture.given(accepted()).andGivenCurrentTime(at)
                    .when(new RecordSatisfaction(ID, 4, "quick and friendly"))
                    .expectEvents(new SatisfactionRecorded(ID, 4, "quick and friendly", at));
        }

        @Test
        void satisfactionIsScoredOneToFive() {
            fixture.given(accepted())
                    .when(new RecordSatisfaction(ID, 0, null))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void theSurveyFollowsAcceptance() {
            fixture.given(afterPlanning(delivered(DUE.minusSeconds(3600))))
                    .when(new RecordSatisfaction(ID, 5, null))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void theSurveyIsRecordedOnce() {
            fixture.given(accepted(new SatisfactionRecorded(ID, 5, null, DUE)))
                    .when(new RecordSatisfaction(ID, 1, "changed my mind"))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void theSurveyedRequestIsClosed() {
            Instant at = DUE.plus(Duration.ofHours(2));
            fixture.given(accepted(new SatisfactionRecorded(ID, 5, null, DUE))).andGivenCurrentTime(at)
                    .when(new CloseServiceRequest(ID))
                    .expectEvents(new ServiceRequestClosed(ID, at));
        }

        @Test
        void closingWithoutTheSurveyIsOutOfOrder() {
            fixture.given(accepted())
                    .when(new CloseServiceRequest(ID))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void aClosedRequestTakesNoFurtherCommands() {
            fixture.given(accepted(new SatisfactionRecorded(ID, 5, null, DUE), new ServiceRequestClosed(ID, DUE)))
                    .when(new ReportProgress(ID, "more"))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class Attachments {

        static final NewAttachment LICENCE = new NewAttachment("att-1", "licence.pdf", "application/pdf", 2048,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "agent-1");

        @Test
        void theCustomersDocumentsAreRecordedWithTheirHashInTheRequestsStream() {
            fixture.given(received())
                    .andGivenCurrentTime(T0.plusSeconds(30))
                    .when(new AddServiceRequestAttachment(ID, LICENCE))
                    .expectResultMessagePayload("att-1")
                    .expectEvents(new AttachmentAdded(ID, "att-1", "licence.pdf", "application/pdf", 2048,
                            LICENCE.sha256(), "agent-1", T0.plusSeconds(30)));
        }

        @Test
        void aClosedRequestTakesNoMoreDocuments() {
            fixture.given(new SatisfactionAndClosing().accepted(new SatisfactionRecorded(ID, 5, null, DUE),
                            new ServiceRequestClosed(ID, DUE)))
                    .when(new AddServiceRequestAttachment(ID, LICENCE))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }
    }
}
