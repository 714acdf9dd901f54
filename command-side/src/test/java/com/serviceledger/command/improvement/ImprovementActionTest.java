package com.serviceledger.command.improvement;

import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.improvement.CauseKind;
import com.serviceledger.kernel.improvement.CheckImprovementEffect;
import com.serviceledger.kernel.improvement.CompleteImprovementAction;
import com.serviceledger.kernel.improvement.ImprovementActionCompleted;
import com.serviceledger.kernel.improvement.ImprovementActionOverdue;
import com.serviceledger.kernel.improvement.ImprovementActionRaised;
import com.serviceledger.kernel.improvement.ImprovementActionWarningRaised;
import com.serviceledger.kernel.improvement.ImprovementCause;
import com.serviceledger.kernel.improvement.ImprovementEffectChecked;
import com.serviceledger.kernel.improvement.ImprovementProgressReported;
import com.serviceledger.kernel.improvement.RaiseImprovementAction;
import com.serviceledger.kernel.improvement.ReportImprovementProgress;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.QualityMonthOpened;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Improvement actions (000 §5.4 item 2, 001 §3.3 item 5, §5.2 item 2), rule by rule. */
class ImprovementActionTest {

    static final String ID = "IMP-1";
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant DUE = T0.plus(Duration.ofDays(10));
    static final ComplaintPolicy POLICY = ComplaintPolicy.defaults("policy-7", ZoneId.of("Asia/Shanghai"));
    static final OrgUnit BILLING = new OrgUnit("sub-1", "dept-billing");
    static final ImprovementCause COMPLAINT = new ImprovementCause(CauseKind.COMPLAINT, "CMP-1");
    static final ImprovementCause EVALUATION = new ImprovementCause(CauseKind.UNIT_EVALUATION, "2026-02");

    AggregateTestFixture<ImprovementAction> fixture;
    EmbeddedEventStore store;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ImprovementAction.class);
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        fixture.registerInjectableResource(new EventStoreImprovementCauses(store));
        fixture.registerInjectableResource(new FixtureDirectory().subsidiary("sub-1", "dept-billing", "dept-works")
                .staff("sub-1", "dept-billing", "staff-7").staff("sub-1", "dept-works", "staff-8"));
        fixture.registerInjectableResource((PolicyProvider) subsidiary -> POLICY);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(new FixtureVault(null));
    }

    void complaint(String departmentId, boolean verified) {
        store.publish(new GenericDomainEventMessage<>("Complaint", "CMP-1", 0, new ComplaintReceived("CMP-1",
                Channel.HOTLINE, null, "late repair", null, new ComplaintTarget("sub-1", departmentId, null, null),
                Urgency.NORMAL, T0.minus(Duration.ofDays(5)), "Asia/Shanghai", "policy-7", null)));
        if (verified) {
            store.publish(new GenericDomainEventMessage<>("Complaint", "CMP-1", 1, new ComplaintVerified("CMP-1",
                    "staff-7", MisconductCategory.SERVICE_FAILURE, "slow", T0.minus(Duration.ofDays(1)),
                    T0.minus(Duration.ofDays(5)), null)));
        }
    }

    static RaiseImprovementAction raise(ImprovementCause cause, String ownerId) {
        return new RaiseImprovementAction(ID, "sub-1", "dept-billing", cause, "second check of every repair",
                ownerId, DUE);
    }

    static ImprovementActionRaised raised(ImprovementCause cause) {
        return new ImprovementActionRaised(ID, BILLING, cause, "second check of every repair", "staff-7", T0, DUE,
                "Asia/Shanghai", POLICY.warningPercents(), "policy-7");
    }

    static ImprovementCheckpoint warningAt(int percent, Instant start, Instant due) {
        return new ImprovementCheckpoint(percent, start, due, POLICY.warningPercents());
    }

    @Nested
    class Raising {

        @Test
        void raiseAfterAVerifiedComplaintOfTheUnitSchedulesTheFirstWarning() {
            complaint("dept-billing", true);
            int first = POLICY.warningPercents().getFirst();
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(raise(COMPLAINT, "staff-7"))
                    .expectEvents(raised(COMPLAINT))
                    .expectScheduledDeadline(Duration.between(T0, ComplaintPolicy.warningAt(T0, DUE, first)),
                            warningAt(first, T0, DUE));
        }

        @Test
        void raiseNeedsAVerifiedComplaint() {
            complaint("dept-billing", false);
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(raise(COMPLAINT, "staff-7"))
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void raiseNeedsAComplaintOfTheUnit() {
            complaint("dept-works", true);
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(raise(COMPLAINT, "staff-7"))
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void raiseNeedsAnExistingComplaint() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(raise(COMPLAINT, "staff-7"))
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void raiseAfterAQualityMonthNeedsTheMonthOfTheSubsidiary() {
            String month = "QM:sub-1:site-a::2026-02";
            ImprovementCause cause = new ImprovementCause(CauseKind.QUALITY_MONTH, month);
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(raise(cause, "staff-7"))
                    .expectException(RuleViolation.class);
            store.publish(new GenericDomainEventMessage<>("QualityMonth", month, 0, new QualityMonthOpened(month,
                    new InspectedUnit("sub-1", "site-a", null), "2026-02", "Asia/Shanghai", "policy-7", null, null)));
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(raise(cause, "staff-7"))
                    .expectEvents(raised(cause));
        }

        @Test
        void ownerMustBeOfTheUnit() {
            complaint("dept-billing", true);
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                    .when(raise(COMPLAINT, "staff-8"))
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void dueDateMustLieAhead() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(DUE)
                    .when(raise(new ImprovementCause(CauseKind.UNIT_EVALUATION, "2026-02"), "staff-7"))
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class Deadlines {

        @Test
        void warnedAtEachWarningShareWhileOpen() {
            int first = POLICY.warningPercents().getFirst();
            Instant at = ComplaintPolicy.warningAt(T0, DUE, first);
            fixture.givenCurrentTime(T0).andGivenCommands(raise(EVALUATION, "staff-7"))
                    .whenTimeAdvancesTo(at)
                    .expectEvents(new ImprovementActionWarningRaised(ID, BILLING, "staff-7", first, DUE, at));
        }

        @Test
        void breachedAtTheDueDateWhenNotDone() {
            fixture.givenCurrentTime(T0).andGivenCommands(raise(EVALUATION, "staff-7"))
                    .whenTimeAdvancesTo(DUE)
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                    org.hamcrest.Matchers.instanceOf(ImprovementActionWarningRaised.class),
                                    org.hamcrest.Matchers.instanceOf(ImprovementActionWarningRaised.class),
                                    org.hamcrest.Matchers.equalTo(new ImprovementActionOverdue(ID, BILLING,
                                            "staff-7", DUE, DUE)),
                                    org.axonframework.test.matchers.Matchers.andNoMore())));
        }

        @Test
        void doneActionIsNeitherWarnedNorBreached() {
            fixture.givenCurrentTime(T0).andGivenCommands(raise(EVALUATION, "staff-7"),
                            new CompleteImprovementAction(ID, null))
                    .whenTimeAdvancesTo(DUE)
                    .expectNoEvents();
        }
    }

    @Nested
    class ProgressAndDone {

        @Test
        void progressIsReportedWhileOpen() {
            Instant at = T0.plus(Duration.ofDays(2));
            fixture.given(raised(COMPLAINT)).andGivenCurrentTime(at)
                    .when(new ReportImprovementProgress(ID, "half the teams trained"))
                    .expectEvents(new ImprovementProgressReported(ID, BILLING, "half the teams trained", at));
        }

        @Test
        void doneByTheDueDateIsOnTime() {
            fixture.given(raised(COMPLAINT)).andGivenCurrentTime(DUE)
                    .when(new CompleteImprovementAction(ID, "all trained"))
                    .expectEvents(new ImprovementActionCompleted(ID, BILLING, "staff-7", "all trained", DUE, DUE,
                            true));
        }

        @Test
        void doneAfterTheDueDateIsLate() {
            Instant at = DUE.plusSeconds(1);
            fixture.given(raised(COMPLAINT)).andGivenCurrentTime(at)
                    .when(new CompleteImprovementAction(ID, null))
                    .expectEvents(new ImprovementActionCompleted(ID, BILLING, "staff-7", null, at, DUE, false));
        }

        @Test
        void doneTwiceIsOutOfOrder() {
            fixture.given(raised(COMPLAINT), new ImprovementActionCompleted(ID, BILLING, "staff-7", null, T0, DUE,
                            true))
                    .when(new CompleteImprovementAction(ID, null))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class EffectCheck {

        ImprovementActionCompleted done = new ImprovementActionCompleted(ID, BILLING, "staff-7", null,
                T0.plus(Duration.ofDays(3)), DUE, true);

        @Test
        void checkBeforeDoneIsOutOfOrder() {
            fixture.given(raised(COMPLAINT))
                    .when(new CheckImprovementEffect(ID, true, "fine", null))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void effectiveClosesTheAction() {
            Instant at = T0.plus(Duration.ofDays(20));
            fixture.given(raised(COMPLAINT), done).andGivenCurrentTime(at)
                    .when(new CheckImprovementEffect(ID, true, "no repeat complaints", null))
                    .expectEvents(new ImprovementEffectChecked(ID, BILLING, true, "no repeat complaints", at, null))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void checkNotEffectiveReopensWithTheNewDueDateAndItsDeadlines() {
            Instant at = T0.plus(Duration.ofDays(20));
            Instant newDue = at.plus(Duration.ofDays(10));
            int first = POLICY.warningPercents().getFirst();
            fixture.given(raised(COMPLAINT), done).andGivenCurrentTime(at)
                    .when(new CheckImprovementEffect(ID, false, "complaints repeat", newDue))
                    .expectEvents(new ImprovementEffectChecked(ID, BILLING, false, "complaints repeat", at, newDue))
                    .expectScheduledDeadline(Duration.between(at, ComplaintPolicy.warningAt(at, newDue, first)),
                            warningAt(first, at, newDue));
        }

        @Test
        void notEffectiveNeedsANewDueDate() {
            fixture.given(raised(COMPLAINT), done).andGivenCurrentTime(T0.plus(Duration.ofDays(20)))
                    .when(new CheckImprovementEffect(ID, false, "complaints repeat", null))
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void reopenedActionCanBeDoneAgainAgainstItsNewDueDate() {
            Instant at = T0.plus(Duration.ofDays(20));
            Instant newDue = at.plus(Duration.ofDays(10));
            Instant doneAt = newDue.minusSeconds(5);
            fixture.given(raised(COMPLAINT), done,
                            new ImprovementEffectChecked(ID, BILLING, false, null, at, newDue))
                    .andGivenCurrentTime(doneAt)
                    .when(new CompleteImprovementAction(ID, null))
                    .expectEvents(new ImprovementActionCompleted(ID, BILLING, "staff-7", null, doneAt, newDue, true));
        }
    }

    @Test
    void warningSharesAreThePolicys() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(50, 80), POLICY.warningPercents());
    }
}
