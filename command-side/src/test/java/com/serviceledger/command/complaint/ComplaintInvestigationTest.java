package com.serviceledger.command.complaint;

import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.listWithAllOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.complaint.*;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.ComplaintTerms;
import com.serviceledger.kernel.policy.DayKind;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The complaint deadlines of 001 §3.3 (the department's investigation result and solution, in working days),
 * 002 第4篇 六 (the head's same-day report of the result, the operations staff's final record and evaluation) and
 * 002 第1篇 六.3 (suggestion-box and hotline complainants answered within days), rule by rule.
 */
class ComplaintInvestigationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 09:00 local on Friday 6 March 2026; Monday 9 March is a holiday of the policy. */
    static final Instant FRIDAY = Instant.parse("2026-03-06T01:00:00Z");
    static final LocalDate HOLIDAY = LocalDate.of(2026, 3, 9);
    static final String ID = "CMP-7";
    /** The regulations' limits, resolution given 10 days so its timers stay out of the way of the ones tested. */
    static final ComplaintPolicy POLICY = new ComplaintPolicy("policy-8", SHANGHAI, Duration.ofMinutes(30),
            Duration.ofHours(4), Duration.ofMinutes(10), 10, DayKind.CALENDAR, new WorkingCalendar(Set.of(HOLIDAY)),
            List.of(50, 80), ComplaintTerms.DEFAULT_ESCALATE_AFTER_REJECTIONS, ComplaintTerms.DEFAULT_ESCALATE_AFTER, 1, 1, 3,
            DayKind.CALENDAR);
    static final ComplaintTarget TARGET = new ComplaintTarget("sub-1", "dept-billing", null, null);

    AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource((PolicyProvider) subsidiary -> POLICY);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(new FixtureVault(new CustomerContact("Li Wei", "13812341234", null)));
        FixtureDirectory directory = new FixtureDirectory().subsidiary("sub-1", "dept-billing")
                .staff("sub-1", "dept-billing", "head-1", "handler-3");
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(new DirectoryRules(directory));
    }

    static ComplaintReceived received(Channel channel, Instant at) {
        return new ComplaintReceived(ID, channel, FixtureVault.PROTECTED, "Invoice printed twice", "Refund", TARGET,
                Urgency.NORMAL, at, "Asia/Shanghai", "policy-8", POLICY.deadlinesFor(at, Urgency.NORMAL, channel));
    }

    static ReceiveComplaint receive(Channel channel) {
        return new ReceiveComplaint(ID, channel, new CustomerContact("Li Wei", "13812341234", null),
                "Invoice printed twice", "Refund", TARGET, Urgency.NORMAL);
    }

    static ComplaintForwarded forwarded(Instant at) {
        return new ComplaintForwarded(ID, "dept-billing", "head-1", at, POLICY.investigationDueAt(at));
    }

    static SlaCheckpoint checkpoint(SlaTarget target, int percent, Instant start, Instant due) {
        return new SlaCheckpoint(target, percent, start, due, POLICY.warningPercents());
    }

    /** The events of a case called back with the solution accepted at {@code at}. */
    static Object[] calledBack(Instant at) {
        Instant forwardedAt = at.minus(Duration.ofHours(3));
        return new Object[] {received(Channel.ONLINE, forwardedAt), forwarded(forwardedAt),
                new CustomerContacted(ID, "head-1", "Refund", forwardedAt, true, true),
                new ComplaintHandlerNamed(ID, "handler-3", forwardedAt),
                new ComplaintResolved(ID, "handler-3", "Refunded", at.minus(Duration.ofHours(1)), true,
                        POLICY.callbackDueAt(at)),
                new CallbackRecorded(ID, 5, true, null, at, true, POLICY.resultReportDueAt(at))};
    }

    @Nested
    class InvestigationResult {

        @Test
        void forwardingStartsTheInvestigationLimitCountingWorkingDaysOnlySkippingTheWeekendAndHolidays() {
            // Friday 09:00 + 1 working day: not Saturday, Sunday or the Monday holiday, but Tuesday 09:00
            Instant due = Instant.parse("2026-03-10T01:00:00Z");
            fixture.given(received(Channel.ONLINE, FRIDAY)).andGivenCurrentTime(FRIDAY)
                    .when(new ForwardComplaint(ID, "dept-billing", "head-1"))
                    .expectEvents(new ComplaintForwarded(ID, "dept-billing", "head-1", FRIDAY, due))
                    .expectScheduledDeadline(Duration.between(FRIDAY, due).dividedBy(2),
                            checkpoint(SlaTarget.INVESTIGATION, 50, FRIDAY, due));
        }

        @Test
        void investigationResultInTimeIsOnTimeAndStartsTheSolutionLimit() {
            Instant at = Instant.parse("2026-03-10T00:00:00Z");
            Instant solutionDue = Instant.parse("2026-03-11T00:00:00Z");
            fixture.given(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY)).andGivenCurrentTime(at)
                    .when(new ReturnInvestigationResult(ID, "The printer doubled the job"))
                    .expectEvents(new InvestigationResultReturned(ID, "The printer doubled the job", at, true,
                            solutionDue))
                    .expectScheduledDeadline(Duration.ofHours(12),
                            checkpoint(SlaTarget.SOLUTION, 50, at, solutionDue));
        }

        @Test
        void aLateInvestigationResultRecordsOnTimeFalse() {
            Instant late = Instant.parse("2026-03-10T01:00:01Z");
            fixture.given(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY)).andGivenCurrentTime(late)
                    .when(new ReturnInvestigationResult(ID, "Found"))
                    .expectEvents(new InvestigationResultReturned(ID, "Found", late, false,
                            POLICY.solutionDueAt(late)));
        }

        @Test
        void investigationNotReturnedIsWarnedThenBreachedAndEscalated() {
            Instant due = Instant.parse("2026-03-10T01:00:00Z");
            fixture.givenCurrentTime(FRIDAY)
                    .andGivenCommands(receive(Channel.ONLINE), new ForwardComplaint(ID, "dept-billing", "head-1"),
                            new ContactCustomer(ID, "head-1", "Refund"))
                    .whenTimeAdvancesTo(due.plusSeconds(1))
                    .expectEvents(
                            new ComplaintSlaWarningRaised(ID, SlaTarget.INVESTIGATION, 50, due,
                                    ComplaintPolicy.warningAt(FRIDAY, due, 50), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaWarningRaised(ID, SlaTarget.INVESTIGATION, 80, due,
                                    ComplaintPolicy.warningAt(FRIDAY, due, 80), EscalationLevel.DEPARTMENT_HEAD),
                            escalationWarnedAtHalfTime(),
                            new ComplaintSlaBreached(ID, SlaTarget.INVESTIGATION, due, due,
                                    EscalationLevel.QUALITY_SUPERVISOR));
        }

        /** No solution accepted after 3.5 of the policy's 7 days: the time-based escalation's first warning. */
        private ComplaintEscalationWarningRaised escalationWarnedAtHalfTime() {
            return new ComplaintEscalationWarningRaised(ID, 50, FRIDAY.plus(Duration.ofDays(7)), 0,
                    FRIDAY.plus(Duration.ofHours(84)));
        }

        @Test
        void investigationReturnedInTimeIsNeitherWarnedNorBreached() {
            Instant due = Instant.parse("2026-03-10T01:00:00Z");
            fixture.givenCurrentTime(FRIDAY)
                    .andGivenCommands(receive(Channel.ONLINE), new ForwardComplaint(ID, "dept-billing", "head-1"),
                            new ContactCustomer(ID, "head-1", "Refund"), new ReturnInvestigationResult(ID, "Found"),
                            new ReturnSolution(ID, "Refund"))
                    .whenTimeAdvancesTo(due.plusSeconds(1))
                    // only the escalation's warning: the customer has not accepted the solution yet
                    .expectEvents(escalationWarnedAtHalfTime());
        }

        @Test
        void aCaseArchivedWithoutTheInvestigationResultStillHasItBreached() {
            Instant due = Instant.parse("2026-03-10T01:00:00Z");
            Instant call = FRIDAY.plus(Duration.ofHours(3));
            fixture.givenCurrentTime(FRIDAY)
                    .andGivenCommands(receive(Channel.ONLINE), new ForwardComplaint(ID, "dept-billing", "head-1"))
                    .andGiven(new CustomerContacted(ID, "head-1", "Refund", FRIDAY, true, true),
                            new ComplaintHandlerNamed(ID, "handler-3", FRIDAY),
                            new ComplaintResolved(ID, "handler-3", "Refunded", FRIDAY, true, POLICY.callbackDueAt(FRIDAY)),
                            new CallbackRecorded(ID, 5, true, null, call, true, null),
                            new ComplaintArchived(ID, call))
                    .whenTimeAdvancesTo(due.plusSeconds(1))
                    .expectEvents(
                            new ComplaintSlaWarningRaised(ID, SlaTarget.INVESTIGATION, 50, due,
                                    ComplaintPolicy.warningAt(FRIDAY, due, 50), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaWarningRaised(ID, SlaTarget.INVESTIGATION, 80, due,
                                    ComplaintPolicy.warningAt(FRIDAY, due, 80), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaBreached(ID, SlaTarget.INVESTIGATION, due, due,
                                    EscalationLevel.QUALITY_SUPERVISOR));
        }

        @Test
        void aDismissedComplaintOwesNoInvestigation() {
            Instant due = Instant.parse("2026-03-10T01:00:00Z");
            fixture.givenCurrentTime(FRIDAY)
                    .andGivenCommands(receive(Channel.ONLINE), new ForwardComplaint(ID, "dept-billing", "head-1"),
                            new DismissComplaint(ID, "The fee is set by contract"))
                    .whenTimeAdvancesTo(due.plusSeconds(1))
                    .expectNoEvents();
        }

        @Test
        void theInvestigationResultIsReturnedOnce() {
            fixture.given(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY),
                            new InvestigationResultReturned(ID, "Found", FRIDAY, true, POLICY.solutionDueAt(FRIDAY)))
                    .when(new ReturnInvestigationResult(ID, "Again"))
                    .expectException(OutOfOrder.class).expectNoEvents();
        }

        @Test
        void aComplaintNotYetForwardedHasNoInvestigationToReturn() {
            fixture.given(received(Channel.ONLINE, FRIDAY))
                    .when(new ReturnInvestigationResult(ID, "Found"))
                    .expectException(OutOfOrder.class).expectNoEvents();
        }
    }

    @Nested
    class Solution {

        @Test
        void theSolutionIsDrawnUpFromTheInvestigationResultSoComesAfterIt() {
            fixture.given(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY))
                    .when(new ReturnSolution(ID, "Refund"))
                    .expectException(OutOfOrder.class).expectNoEvents();
        }

        @Test
        void solutionWithinItsWorkingDayIsOnTimeAndALateOneIsNot() {
            Instant returned = Instant.parse("2026-03-10T00:00:00Z");
            Instant due = POLICY.solutionDueAt(returned);
            fixture.given(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY),
                            new InvestigationResultReturned(ID, "Found", returned, true, due))
                    .andGivenCurrentTime(due.plusSeconds(60))
                    .when(new ReturnSolution(ID, "Refund the fee"))
                    .expectEvents(new SolutionReturned(ID, "Refund the fee", due.plusSeconds(60), false));
        }

        @Test
        void solutionNotReturnedIsBreachedAtItsDueTime() {
            Instant returned = Instant.parse("2026-03-10T00:00:00Z");
            Instant due = POLICY.solutionDueAt(returned);
            // the earlier steps as events: only the timer the investigation result starts runs
            fixture.givenCurrentTime(returned)
                    .andGiven(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY),
                            new CustomerContacted(ID, "head-1", "Refund", FRIDAY, true, true))
                    .andGivenCommands(new ReturnInvestigationResult(ID, "Found"))
                    .whenTimeAdvancesTo(due.plusSeconds(1))
                    .expectEvents(
                            new ComplaintSlaWarningRaised(ID, SlaTarget.SOLUTION, 50, due,
                                    ComplaintPolicy.warningAt(returned, due, 50), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaWarningRaised(ID, SlaTarget.SOLUTION, 80, due,
                                    ComplaintPolicy.warningAt(returned, due, 80), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaBreached(ID, SlaTarget.SOLUTION, due, due,
                                    EscalationLevel.QUALITY_SUPERVISOR));
        }
    }

    @Nested
    class ResultReportAndOutcome {

        @Test
        void theCustomerAcceptingTheHandlingStartsTheSameDayResultReport() {
            Instant resolved = Instant.parse("2026-03-10T02:00:00Z");
            Instant call = Instant.parse("2026-03-10T03:00:00Z");
            Instant midnight = Instant.parse("2026-03-10T16:00:00Z"); // 00:00 local on 11 March
            fixture.given(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY),
                            new CustomerContacted(ID, "head-1", "Refund", FRIDAY, true, true),
                            new ComplaintHandlerNamed(ID, "handler-3", FRIDAY),
                            new ComplaintResolved(ID, "handler-3", "Refunded", resolved, true,
                                    POLICY.callbackDueAt(resolved)))
                    .andGivenCurrentTime(call)
                    .when(new RecordCallback(ID, 5, true, null))
                    .expectEvents(new CallbackRecorded(ID, 5, true, null, call, true, midnight))
                    .expectScheduledDeadline(Duration.between(call, midnight).dividedBy(2),
                            checkpoint(SlaTarget.RESULT_REPORT, 50, call, midnight));
        }

        @Test
        void aCustomerNotAcceptingTheHandlingOwesNoResultReport() {
            Instant resolved = Instant.parse("2026-03-10T02:00:00Z");
            Instant call = Instant.parse("2026-03-10T03:00:00Z");
            fixture.given(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY),
                            new CustomerContacted(ID, "head-1", "Refund", FRIDAY, true, true),
                            new ComplaintHandlerNamed(ID, "handler-3", FRIDAY),
                            new ComplaintResolved(ID, "handler-3", "Refunded", resolved, true,
                                    POLICY.callbackDueAt(resolved)))
                    .andGivenCurrentTime(call)
                    .when(new RecordCallback(ID, 2, false, null))
                    .expectEvents(new CallbackRecorded(ID, 2, false, null, call, true, null))
                    .expectNoScheduledDeadlineMatching(targetIs(SlaTarget.RESULT_REPORT));
        }

        @Test
        void resultReportedTheSameDayIsOnTime() {
            Instant call = Instant.parse("2026-03-10T03:00:00Z");
            fixture.given(calledBack(call)).andGivenCurrentTime(call.plus(Duration.ofHours(2)))
                    .when(new ReportComplaintResult(ID, "Refunded; customer satisfied"))
                    .expectEvents(new ComplaintResultReported(ID, "Refunded; customer satisfied",
                            call.plus(Duration.ofHours(2)), true));
        }

        @Test
        void resultReportedTheNextDayRecordsOnTimeFalse() {
            Instant call = Instant.parse("2026-03-10T03:00:00Z");
            Instant nextDay = Instant.parse("2026-03-10T16:30:00Z");
            fixture.given(calledBack(call)).andGivenCurrentTime(nextDay)
                    .when(new ReportComplaintResult(ID, "Refunded"))
                    .expectEvents(new ComplaintResultReported(ID, "Refunded", nextDay, false));
        }

        @Test
        void resultNotReportedByLocalMidnightIsWarnedThenBreached() {
            Instant call = FRIDAY.plus(Duration.ofHours(4));
            Instant midnight = Instant.parse("2026-03-06T16:00:00Z");
            Object[] resolved = List.of(calledBack(call)).subList(0, 5).toArray();
            // the earlier steps as events: only the timer the accepting callback starts runs
            fixture.givenCurrentTime(call).andGiven(resolved)
                    .andGivenCommands(new RecordCallback(ID, 5, true, null))
                    .whenTimeAdvancesTo(midnight.plusSeconds(1))
                    .expectEvents(
                            new ComplaintSlaWarningRaised(ID, SlaTarget.RESULT_REPORT, 50, midnight,
                                    ComplaintPolicy.warningAt(call, midnight, 50), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaWarningRaised(ID, SlaTarget.RESULT_REPORT, 80, midnight,
                                    ComplaintPolicy.warningAt(call, midnight, 80), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaBreached(ID, SlaTarget.RESULT_REPORT, midnight, midnight,
                                    EscalationLevel.QUALITY_SUPERVISOR));
        }

        @Test
        void theResultIsReportedOnlyOnceTheCustomerAcceptedTheHandling() {
            fixture.given(received(Channel.ONLINE, FRIDAY), forwarded(FRIDAY))
                    .when(new ReportComplaintResult(ID, "Refunded"))
                    .expectException(OutOfOrder.class).expectNoEvents();
        }

        @Test
        void operationsStaffRecordTheFinalResultAndEvaluateTheHandlingAfterTheReport() {
            Instant call = Instant.parse("2026-03-10T03:00:00Z");
            Instant later = call.plus(Duration.ofHours(3));
            fixture.given(calledBack(call))
                    .andGiven(new ComplaintResultReported(ID, "Refunded", call.plusSeconds(60), true))
                    .andGivenCurrentTime(later)
                    .when(new RecordComplaintOutcome(ID, "Fee refunded, customer satisfied", 4))
                    .expectEvents(new ComplaintOutcomeRecorded(ID, "Fee refunded, customer satisfied", 4, later));
        }

        @Test
        void theFinalResultFollowsTheHeadsReport() {
            fixture.given(calledBack(Instant.parse("2026-03-10T03:00:00Z")))
                    .when(new RecordComplaintOutcome(ID, "Refunded", 4))
                    .expectException(OutOfOrder.class).expectNoEvents();
        }

        @Test
        void theHandlingIsEvaluatedOneToFive() {
            Instant call = Instant.parse("2026-03-10T03:00:00Z");
            fixture.given(calledBack(call))
                    .andGiven(new ComplaintResultReported(ID, "Refunded", call, true))
                    .when(new RecordComplaintOutcome(ID, "Refunded", 6))
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class ReplyToSuggestionBoxAndHotlineComplaints {

        @Test
        void aHotlineComplaintIsToBeAnsweredWithinThreeCalendarDays() {
            Instant due = FRIDAY.plus(Duration.ofDays(3)); // Monday, holiday or not: the days are calendar days
            fixture.givenCurrentTime(FRIDAY)
                    .when(receive(Channel.HOTLINE))
                    .expectEvents(received(Channel.HOTLINE, FRIDAY))
                    .expectScheduledDeadline(Duration.ofMinutes(36 * 60),
                            checkpoint(SlaTarget.REPLY, 50, FRIDAY, due));
        }

        @Test
        void aSuggestionBoxComplaintOwesTheReplyToo() {
            fixture.givenCurrentTime(FRIDAY)
                    .when(receive(Channel.SUGGESTION_BOX))
                    .expectScheduledDeadline(Duration.ofMinutes(36 * 60),
                            checkpoint(SlaTarget.REPLY, 50, FRIDAY, FRIDAY.plus(Duration.ofDays(3))));
        }

        @Test
        void otherChannelsOweNoSuchReply() {
            fixture.givenCurrentTime(FRIDAY)
                    .when(receive(Channel.WECHAT))
                    .expectEvents(received(Channel.WECHAT, FRIDAY))
                    .expectNoScheduledDeadlineMatching(targetIs(SlaTarget.REPLY));
        }

        @Test
        void theProposedSolutionAnswersTheComplainant() {
            Instant at = FRIDAY.plus(Duration.ofMinutes(20));
            fixture.given(received(Channel.HOTLINE, FRIDAY), forwarded(FRIDAY)).andGivenCurrentTime(at)
                    .when(new ContactCustomer(ID, "head-1", "Refund"))
                    .expectEvents(new CustomerContacted(ID, "head-1", "Refund", at, true, true, true));
        }

        @Test
        void aDismissalAfterTheThreeDaysAnswersLate() {
            Instant late = FRIDAY.plus(Duration.ofDays(3)).plusSeconds(1);
            fixture.given(received(Channel.SUGGESTION_BOX, FRIDAY)).andGivenCurrentTime(late)
                    .when(new DismissComplaint(ID, "The fee is set by contract"))
                    .expectEvents(new ComplaintDismissed(ID, "The fee is set by contract", late, false));
        }

        @Test
        void aComplainantNotAnsweredIsBreachedAfterTheThreeDays() {
            Instant due = FRIDAY.plus(Duration.ofDays(3));
            fixture.givenCurrentTime(FRIDAY).andGivenCommands(receive(Channel.HOTLINE))
                    .whenTimeAdvancesTo(due.plusSeconds(1))
                    .expectEventsMatching(payloadsMatching(listWithAllOf(
                            equalTo(new ComplaintSlaWarningRaised(ID, SlaTarget.REPLY, 80, due,
                                    ComplaintPolicy.warningAt(FRIDAY, due, 80), EscalationLevel.DEPARTMENT_HEAD)),
                            equalTo(new ComplaintSlaBreached(ID, SlaTarget.REPLY, due, due,
                                    EscalationLevel.QUALITY_SUPERVISOR)))));
        }

        @Test
        void aComplainantAnsweredInTimeIsNotBreached() {
            Instant due = FRIDAY.plus(Duration.ofDays(3));
            // forwarded as an event: no investigation timer runs
            fixture.givenCurrentTime(FRIDAY)
                    .andGivenCommands(receive(Channel.HOTLINE))
                    .andGiven(forwarded(FRIDAY))
                    .andGivenCommands(new ContactCustomer(ID, "head-1", "Refund"))
                    .whenTimeAdvancesTo(due.plusSeconds(1))
                    .expectNoEvents();
        }
    }

    static org.hamcrest.Matcher<DeadlineMessage<?>> targetIs(SlaTarget target) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object item) {
                return item instanceof DeadlineMessage<?> m && m.getPayload() instanceof SlaCheckpoint c
                        && c.target() == target;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a checkpoint of " + target);
            }
        };
    }
}
