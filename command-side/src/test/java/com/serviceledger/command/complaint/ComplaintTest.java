package com.serviceledger.command.complaint;


import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.serviceledger.kernel.common.CustomerErased;
import com.serviceledger.kernel.common.DisclosedCustomer;
import com.serviceledger.kernel.common.NewAttachment;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.complaint.*;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;

/** The complaint lifecycle of 002 第4篇 and 001 §3.3, rule by rule. */
class ComplaintTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 09:00 local on Monday 2 March 2026. */
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final String ID = "CMP-1";
    static final ComplaintPolicy POLICY = ComplaintPolicy.defaults("policy-7", SHANGHAI);
    static final CustomerContact CUSTOMER = new CustomerContact("Li Wei", "13812341234", null);
    /** staff-9's unit and chain when the complaint came in. */
    static final StaffChain CHAIN_AT_T0 = new StaffChain("staff-9", "sub-1", "dept-billing", "post-window", "sup-1",
            "lead-1");
    static final ComplaintTarget TARGET = new ComplaintTarget("sub-1", "dept-billing", "post-window", "staff-9");
    /** A staff member of sub-1 who left an hour after the complaints came in. */
    static final String GONE = "handler-gone";

    AggregateTestFixture<Complaint> fixture;
    FixtureVault vault = new FixtureVault(CUSTOMER);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource((PolicyProvider) subsidiary -> POLICY);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(vault);
        // the staff the cases name, of sub-1; a head of another subsidiary
        FixtureDirectory directory = new FixtureDirectory()
                .subsidiary("sub-1", "dept-billing", "dept-sales").post("sub-1", "post-window", "dept-billing")
                .subsidiary("sub-2", "dept-billing")
                .hired(CHAIN_AT_T0, T0).staff("sub-1", "dept-billing", "head-1", "handler-3", "handler-4", GONE)
                .left(GONE, T0.plus(Duration.ofHours(1))).staff("sub-2", "dept-billing", "head-2");
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(new DirectoryRules(directory));
    }

    static ReceiveComplaint receive(Urgency urgency) {
        return new ReceiveComplaint(ID, Channel.ONLINE, CUSTOMER, "Invoice printed twice", "Refund the fee", TARGET,
                urgency);
    }

    static ComplaintReceived received(Urgency urgency) {
        return new ComplaintReceived(ID, Channel.ONLINE, FixtureVault.PROTECTED, "Invoice printed twice", "Refund the fee", TARGET,
                urgency, T0, "Asia/Shanghai", "policy-7", POLICY.deadlinesFor(T0, urgency));
    }

    static SlaCheckpoint checkpoint(SlaTarget target, int percent, Instant start, Instant due) {
        return new SlaCheckpoint(target, percent, start, due, POLICY.warningPercents());
    }

    static ComplaintForwarded forwarded() {
        return new ComplaintForwarded(ID, "dept-billing", "head-1", T0.plusSeconds(60));
    }

    static CustomerContacted contacted(Duration after) {
        return new CustomerContacted(ID, "head-1", "Refund tomorrow", T0.plus(after), true, true);
    }

    static ComplaintHandlerNamed handlerNamed() {
        return new ComplaintHandlerNamed(ID, "handler-3", T0.plusSeconds(600));
    }

    static ComplaintResolved resolved(Instant at) {
        return new ComplaintResolved(ID, "handler-3", "Refunded", at, true, POLICY.callbackDueAt(at));
    }

    @Nested
    class Receiving {

        @Test
        void fixesTheDueTimesUnderThePolicyInForceAndRecordsItsVersion() {
            fixture.givenCurrentTime(T0)
                    .when(receive(Urgency.NORMAL))
                    .expectEvents(received(Urgency.NORMAL));
        }

        @Test
        void startsATimerPerTargetAtItsFirstWarning() {
            fixture.givenCurrentTime(T0)
                    .when(receive(Urgency.NORMAL))
                    .expectScheduledDeadline(Duration.ofMinutes(15),
                            checkpoint(SlaTarget.CONTACT, 50, T0, T0.plus(Duration.ofMinutes(30))))
                    .expectScheduledDeadline(Duration.ofHours(2),
                            checkpoint(SlaTarget.CONTACT_HARD_LIMIT, 50, T0, T0.plus(Duration.ofHours(4))))
                    .expectScheduledDeadline(Duration.ofDays(1),
                            checkpoint(SlaTarget.RESOLUTION, 50, T0, T0.plus(Duration.ofDays(2))));
        }

        @Test
        void urgentComplaintGetsATenMinuteOnSiteTarget() {
            fixture.givenCurrentTime(T0)
                    .when(receive(Urgency.URGENT))
                    .expectEvents(received(Urgency.URGENT))
                    .expectScheduledDeadline(Duration.ofMinutes(5),
                            checkpoint(SlaTarget.ON_SITE, 50, T0, T0.plus(Duration.ofMinutes(10))));
        }
    }

    @Nested
    class ValidityCheck {

        @Test
        void unfoundedComplaintIsDismissedWithAnExplanationAndKept() {
            fixture.given(received(Urgency.NORMAL)).andGivenCurrentTime(T0.plusSeconds(120))
                    .when(new DismissComplaint(ID, "The fee is set by contract"))
                    .expectEvents(new ComplaintDismissed(ID, "The fee is set by contract", T0.plusSeconds(120)));
        }

        @Test
        void complaintAlreadyAnsweredCannotBeDismissed() {
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)))
                    .when(new DismissComplaint(ID, "late"))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void dismissedComplaintIsArchivedWithoutHandling() {
            fixture.given(received(Urgency.NORMAL), new ComplaintDismissed(ID, "unfounded", T0))
                    .andGivenCurrentTime(T0.plusSeconds(5))
                    .when(new ArchiveComplaint(ID))
                    .expectEvents(new ComplaintArchived(ID, T0.plusSeconds(5)));
        }
    }

    @Nested
    class ContactingTheCustomer {

        @Test
        void forwardingGoesToTheDepartmentHead() {
            fixture.given(received(Urgency.NORMAL)).andGivenCurrentTime(T0.plusSeconds(60))
                    .when(new ForwardComplaint(ID, "dept-billing", "head-1"))
                    .expectEvents(new ComplaintForwarded(ID, "dept-billing", "head-1", T0.plusSeconds(60),
                            POLICY.investigationDueAt(T0.plusSeconds(60))));
        }

        @Test
        void aDepartmentTheSubsidiaryDoesNotHaveIsRefusedNamingTheField() {
            fixture.given(received(Urgency.NORMAL))
                    .when(new ForwardComplaint(ID, "dept-nowhere", "head-1"))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("subsidiary sub-1 has no department dept-nowhere")
                    .expectNoEvents();
        }

        @Test
        void aDepartmentHeadUnknownToTheDirectoryIsRefused() {
            fixture.given(received(Urgency.NORMAL))
                    .when(new ForwardComplaint(ID, "dept-billing", "head-nobody"))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("staff member head-nobody is unknown to the directory");
        }

        @Test
        void aDepartmentHeadOfAnotherSubsidiaryIsRefused() {
            fixture.given(received(Urgency.NORMAL))
                    .when(new ForwardComplaint(ID, "dept-billing", "head-2"))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("staff member head-2 works for sub-2, not sub-1");
        }

        @Test
        void complaintIsForwardedOnlyOnce() {
            fixture.given(received(Urgency.NORMAL), forwarded())
                    .when(new ForwardComplaint(ID, "dept-billing", "head-1"))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void contactBeforeForwardingIsOutOfOrder() {
            fixture.given(received(Urgency.NORMAL))
                    .when(new ContactCustomer(ID, "head-1", "Refund"))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void contactWithinThirtyMinutesMeetsTheTarget() {
            fixture.given(received(Urgency.NORMAL), forwarded()).andGivenCurrentTime(T0.plus(Duration.ofMinutes(29)))
                    .when(new ContactCustomer(ID, "head-1", "Refund tomorrow"))
                    .expectEvents(new CustomerContacted(ID, "head-1", "Refund tomorrow",
                            T0.plus(Duration.ofMinutes(29)), true, true));
        }

        @Test
        void contactAfterThirtyMinutesMissesTheTargetButMeetsTheFourHourLimit() {
            fixture.given(received(Urgency.NORMAL), forwarded()).andGivenCurrentTime(T0.plus(Duration.ofMinutes(45)))
                    .when(new ContactCustomer(ID, "head-1", "Refund tomorrow"))
                    .expectEvents(new CustomerContacted(ID, "head-1", "Refund tomorrow",
                            T0.plus(Duration.ofMinutes(45)), false, true));
        }

        @Test
        void contactAfterFourHoursMissesTheHardLimit() {
            fixture.given(received(Urgency.NORMAL), forwarded()).andGivenCurrentTime(T0.plus(Duration.ofHours(5)))
                    .when(new ContactCustomer(ID, "head-1", "Refund tomorrow"))
                    .expectEvents(new CustomerContacted(ID, "head-1", "Refund tomorrow",
                            T0.plus(Duration.ofHours(5)), false, false));
        }
    }

    @Nested
    class OnSite {

        @Test
        void handlerOnSiteWithinTenMinutesMeetsTheTarget() {
            fixture.given(received(Urgency.URGENT)).andGivenCurrentTime(T0.plus(Duration.ofMinutes(9)))
                    .when(new RecordHandlerOnSite(ID, "handler-3"))
                    .expectEvents(new HandlerArrivedOnSite(ID, "handler-3", T0.plus(Duration.ofMinutes(9)), true));
        }

        @Test
        void normalComplaintNeedsNoHandlerOnSite() {
            fixture.given(received(Urgency.NORMAL))
                    .when(new RecordHandlerOnSite(ID, "handler-3"))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void handlerArrivesOnSiteOnlyOnce() {
            fixture.given(received(Urgency.URGENT), new HandlerArrivedOnSite(ID, "handler-3", T0, true))
                    .when(new RecordHandlerOnSite(ID, "handler-4"))
                    .expectException(OutOfOrder.class);
        }
    }

    @Nested
    class Resolution {

        @Test
        void aHandlerWhoHasLeftCannotBeGivenTheComplaint() {
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)))
                    .when(new NameComplaintHandler(ID, GONE))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("has left"))
                    .expectNoEvents();
        }

        @Test
        void handlerIsNamedAfterForwarding() {
            fixture.given(received(Urgency.NORMAL)).when(new NameComplaintHandler(ID, "handler-3"))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void resolvingRequiresANamedHandler() {
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)))
                    .when(new ResolveComplaint(ID, "Refunded"))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void resolvingRequiresTheCustomerToHaveBeenContacted() {
            fixture.given(received(Urgency.NORMAL), forwarded(), handlerNamed())
                    .when(new ResolveComplaint(ID, "Refunded"))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void resolutionWithinTwoDaysIsOnTimeAndTheCallbackIsDueByLocalMidnight() {
            Instant at = T0.plus(Duration.ofHours(3)); // 12:00 local
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed())
                    .andGivenCurrentTime(at)
                    .when(new ResolveComplaint(ID, "Refunded"))
                    .expectEvents(new ComplaintResolved(ID, "handler-3", "Refunded", at, true,
                            Instant.parse("2026-03-02T16:00:00Z")))
                    .expectScheduledDeadline(Duration.ofHours(6),
                            checkpoint(SlaTarget.CALLBACK, 50, at, Instant.parse("2026-03-02T16:00:00Z")));
        }

        @Test
        void resolutionAfterTwoDaysIsLate() {
            Instant at = T0.plus(Duration.ofDays(3));
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed())
                    .andGivenCurrentTime(at)
                    .when(new ResolveComplaint(ID, "Refunded"))
                    .expectEvents(new ComplaintResolved(ID, "handler-3", "Refunded", at, false,
                            POLICY.callbackDueAt(at)));
        }
    }

    @Nested
    class CallbackAndReopening {

        @Test
        void customerRejectingTheSolutionReopensTheComplaint() {
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)))
                    .andGivenCurrentTime(T0.plus(Duration.ofHours(1)))
                    .when(new RejectSolution(ID, "Refund too small"))
                    .expectEvents(new SolutionRejected(ID, "Refund too small", T0.plus(Duration.ofHours(1))));
        }

        @Test
        void reopenedComplaintIsContactedAgain() {
            Instant again = T0.plus(Duration.ofHours(2));
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)),
                            new SolutionRejected(ID, "no", T0.plus(Duration.ofHours(1))))
                    .andGivenCurrentTime(again)
                    .when(new ContactCustomer(ID, "head-1", "Full refund"))
                    .expectEvents(new CustomerContacted(ID, "head-1", "Full refund", again, false, true));
        }

        @Test
        void callbackOnTheDayOfResolutionRecordsSatisfaction() {
            Instant resolvedAt = T0.plus(Duration.ofHours(3));
            Instant callAt = resolvedAt.plus(Duration.ofHours(2));
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed(),
                            resolved(resolvedAt))
                    .andGivenCurrentTime(callAt)
                    .when(new RecordCallback(ID, 5, true, "Thanks"))
                    .expectEvents(new CallbackRecorded(ID, 5, true, "Thanks", callAt, true, POLICY.resultReportDueAt(callAt)));
        }

        @Test
        void callbackTheNextDayIsLate() {
            Instant resolvedAt = T0.plus(Duration.ofHours(3));
            Instant nextDay = Instant.parse("2026-03-02T16:30:00Z"); // 00:30 local on 3 March
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed(),
                            resolved(resolvedAt))
                    .andGivenCurrentTime(nextDay)
                    .when(new RecordCallback(ID, 4, true, null))
                    .expectEvents(new CallbackRecorded(ID, 4, true, null, nextDay, false, POLICY.resultReportDueAt(nextDay)));
        }

        @Test
        void satisfactionIsScoredOneToFive() {
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed(),
                            resolved(T0.plus(Duration.ofHours(3))))
                    .when(new RecordCallback(ID, 6, true, null))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void callbackBeforeResolutionIsOutOfOrder() {
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)))
                    .when(new RecordCallback(ID, 3, true, null))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void solutionNotAcceptedAtCallbackReopensForAnotherResolution() {
            Instant resolvedAt = T0.plus(Duration.ofHours(3));
            Instant again = resolvedAt.plus(Duration.ofHours(1));
            fixture.given(received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed(),
                            resolved(resolvedAt), new CallbackRecorded(ID, 2, false, "no", resolvedAt, true))
                    .andGivenCurrentTime(again)
                    .when(new ResolveComplaint(ID, "Refunded in full"))
                    .expectEvents(new ComplaintResolved(ID, "handler-3", "Refunded in full", again, true,
                            POLICY.callbackDueAt(again)));
        }
    }

    @Nested
    class VerificationAndArchive {

        Object[] calledBack() {
            Instant resolvedAt = T0.plus(Duration.ofHours(3));
            return new Object[] {received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)),
                    handlerNamed(), resolved(resolvedAt), new CallbackRecorded(ID, 4, true, null, resolvedAt, true)};
        }

        @Test
        void verificationNamesTheResponsibleStaffWithTheirChainAsItWasWhenTheComplaintCameIn() {
            Instant at = T0.plus(Duration.ofDays(1));
            fixture.given(calledBack()).andGivenCurrentTime(at)
                    .when(new VerifyComplaint(ID, "staff-9", MisconductCategory.ATTITUDE, "Rude at the window"))
                    .expectEvents(new ComplaintVerified(ID, "staff-9", MisconductCategory.ATTITUDE,
                            "Rude at the window", at, T0, CHAIN_AT_T0));
        }

        @Test
        void aStaffMemberUnknownToTheDirectoryCannotBeHeldResponsible() {
            fixture.given(calledBack()).andGivenCurrentTime(T0.plus(Duration.ofDays(1)))
                    .when(new VerifyComplaint(ID, "temp-7", MisconductCategory.ATTITUDE, "Rude"))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("staff member temp-7 is unknown to the directory")
                    .expectNoEvents();
        }

        @Test
        void aStaffMemberWhoHasLeftSinceIsStillHeldResponsibleForWhatHappened() {
            Instant at = T0.plus(Duration.ofDays(1));
            fixture.given(calledBack()).andGivenCurrentTime(at)
                    .when(new VerifyComplaint(ID, GONE, MisconductCategory.ATTITUDE, "Rude"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void misconductWithoutAResponsibleStaffMemberIsRejected() {
            fixture.given(calledBack())
                    .when(new VerifyComplaint(ID, null, MisconductCategory.QUARREL, "Shouting"))
                    .expectException(RuleViolation.class);
        }

        @Test
        void verificationBeforeTheCallbackIsOutOfOrder() {
            fixture.given(received(Urgency.NORMAL), forwarded())
                    .when(new VerifyComplaint(ID, "staff-9", MisconductCategory.ATTITUDE, "x"))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void onlyAVerifiedComplaintIsArchived() {
            fixture.given(calledBack())
                    .when(new ArchiveComplaint(ID))
                    .expectException(OutOfOrder.class);
        }

        @Test
        void archivedComplaintTakesNoFurtherCommands() {
            Object[] history = calledBack();
            Object[] all = java.util.Arrays.copyOf(history, history.length + 2);
            all[history.length] = new ComplaintVerified(ID, "staff-9", MisconductCategory.NONE, "ok", T0, T0, null);
            all[history.length + 1] = new ComplaintArchived(ID, T0);
            fixture.given(all)
                    .when(new RejectSolution(ID, "changed my mind"))
                    .expectException(instanceOf(OutOfOrder.class));
        }
    }

    @Nested
    class Deadlines {

        @Test
        void contactWarnsAtHalfAndEightyPercentThenBreachEscalatesToTheQualitySupervisor() {
            Instant due = T0.plus(Duration.ofMinutes(30));
            fixture.givenCurrentTime(T0).andGivenCommands(receive(Urgency.NORMAL))
                    .whenTimeElapses(Duration.ofMinutes(31))
                    .expectEvents(
                            new ComplaintSlaWarningRaised(ID, SlaTarget.CONTACT, 50, due,
                                    T0.plus(Duration.ofMinutes(15)), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaWarningRaised(ID, SlaTarget.CONTACT, 80, due,
                                    T0.plus(Duration.ofMinutes(24)), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaBreached(ID, SlaTarget.CONTACT, due, due,
                                    EscalationLevel.QUALITY_SUPERVISOR));
        }

        @Test
        void contactInTimeSilencesItsTimers() {
            fixture.givenCurrentTime(T0)
                    .andGivenCommands(receive(Urgency.NORMAL), new ForwardComplaint(ID, "dept-billing", "head-1"),
                            new ContactCustomer(ID, "head-1", "Refund"))
                    .whenTimeElapses(Duration.ofMinutes(31))
                    .expectNoEvents();
        }

        @Test
        void fourHourHardLimitBreachEscalatesToManagement() {
            Instant due = T0.plus(Duration.ofHours(4));
            fixture.givenCurrentTime(T0).andGivenCommands(receive(Urgency.NORMAL))
                    .whenTimeElapses(Duration.ofHours(4).plusMinutes(1))
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.listWithAnyOf(
                                    org.axonframework.test.matchers.Matchers.equalTo(new ComplaintSlaBreached(ID,
                                            SlaTarget.CONTACT_HARD_LIMIT, due, due, EscalationLevel.MANAGEMENT)))));
        }

        @Test
        void onSiteBreachAfterTenMinutesForAnUrgentComplaint() {
            Instant due = T0.plus(Duration.ofMinutes(10));
            fixture.givenCurrentTime(T0).andGivenCommands(receive(Urgency.URGENT))
                    .whenTimeElapses(Duration.ofMinutes(11))
                    .expectEvents(
                            new ComplaintSlaWarningRaised(ID, SlaTarget.ON_SITE, 50, due,
                                    T0.plus(Duration.ofMinutes(5)), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaWarningRaised(ID, SlaTarget.ON_SITE, 80, due,
                                    T0.plus(Duration.ofMinutes(8)), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaBreached(ID, SlaTarget.ON_SITE, due, due,
                                    EscalationLevel.QUALITY_SUPERVISOR));
        }

        @Test
        void resolutionBreachAfterTwoDays() {
            Instant due = T0.plus(Duration.ofDays(2));
            fixture.givenCurrentTime(T0)
                    .andGivenCommands(receive(Urgency.NORMAL), new ForwardComplaint(ID, "dept-billing", "head-1"),
                            new ReturnInvestigationResult(ID, "Printer fault"), new ReturnSolution(ID, "Refund"),
                            new ContactCustomer(ID, "head-1", "Refund"), new NameComplaintHandler(ID, "handler-3"))
                    .whenTimeElapses(Duration.ofDays(2).plusMinutes(1))
                    .expectEvents(
                            new ComplaintSlaWarningRaised(ID, SlaTarget.RESOLUTION, 50, due,
                                    T0.plus(Duration.ofDays(1)), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaWarningRaised(ID, SlaTarget.RESOLUTION, 80, due,
                                    ComplaintPolicy.warningAt(T0, due, 80), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaBreached(ID, SlaTarget.RESOLUTION, due, due,
                                    EscalationLevel.QUALITY_SUPERVISOR));
        }

        @Test
        void callbackNotMadeByLocalMidnightIsBreached() {
            Instant due = Instant.parse("2026-03-02T16:00:00Z");
            fixture.givenCurrentTime(T0)
                    .andGivenCommands(receive(Urgency.NORMAL), new ForwardComplaint(ID, "dept-billing", "head-1"),
                            new ReturnInvestigationResult(ID, "Printer fault"), new ReturnSolution(ID, "Refund"),
                            new ContactCustomer(ID, "head-1", "Refund"), new NameComplaintHandler(ID, "handler-3"),
                            new ResolveComplaint(ID, "Refunded"))
                    .whenTimeElapses(Duration.ofHours(15).plusMinutes(1))
                    .expectEvents(
                            new ComplaintSlaWarningRaised(ID, SlaTarget.CALLBACK, 50, due,
                                    T0.plus(Duration.ofMinutes(450)), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaWarningRaised(ID, SlaTarget.CALLBACK, 80, due,
                                    T0.plus(Duration.ofMinutes(720)), EscalationLevel.DEPARTMENT_HEAD),
                            new ComplaintSlaBreached(ID, SlaTarget.CALLBACK, due, due,
                                    EscalationLevel.QUALITY_SUPERVISOR));
        }

        @Test
        void dismissedComplaintRaisesNoWarnings() {
            fixture.givenCurrentTime(T0)
                    .andGivenCommands(receive(Urgency.URGENT), new DismissComplaint(ID, "unfounded"))
                    .whenTimeElapses(Duration.ofHours(5))
                    .expectNoEvents();
        }
    }

    @Nested
    class CustomerPrivacy {

        @Test
        void anArchivedComplaintStillRecordsTheErasureOfItsCustomer() {
            fixture.given(received(Urgency.NORMAL), new ComplaintDismissed(ID, "unfounded", T0),
                            new ComplaintArchived(ID, T0))
                    .andGivenCurrentTime(T0.plusSeconds(9))
                    .when(new EraseComplaintCustomer(ID, "CUS-1", "customer asked"))
                    .expectEvents(new CustomerErased(ID, "CUS-1", T0.plusSeconds(9), "customer asked"));
        }

        @Test
        void aSecondErasureChangesNothing() {
            fixture.given(received(Urgency.NORMAL), new CustomerErased(ID, "CUS-1", T0, "customer asked"))
                    .when(new EraseComplaintCustomer(ID, "CUS-1", "again"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aDisclosureReturnsTheClearContactAndIsRecordedWithItsPurpose() {
            fixture.given(received(Urgency.NORMAL))
                    .andGivenCurrentTime(T0.plusSeconds(30))
                    .when(new DiscloseComplaintCustomer(ID, "call back about the refund"))
                    .expectEvents(new CustomerContactDisclosed(ID, "CUS-1", "call back about the refund",
                            T0.plusSeconds(30)))
                    .expectResultMessagePayload(new DisclosedCustomer("CUS-1", "Li Wei", "13812341234", null));
        }

        @Test
        void nothingIsDisclosedAfterErasure() {
            fixture.given(received(Urgency.NORMAL), new CustomerErased(ID, "CUS-1", T0, "customer asked"))
                    .when(new DiscloseComplaintCustomer(ID, "call back"))
                    .expectException(ContactErased.class)
                    .expectNoEvents();
        }

        @Test
        void nothingIsDisclosedOnceTheVaultLostTheKey() {
            vault.erase();
            fixture.given(received(Urgency.NORMAL))
                    .when(new DiscloseComplaintCustomer(ID, "call back"))
                    .expectException(ContactErased.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Attachments {

        static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        static final NewAttachment RECORDING = new NewAttachment("att-1", "call 13812341234.mp3", "audio/mpeg", 4096,
                HASH, "handler-3");

        @Test
        void anAttachmentIsRecordedWithItsHashInTheCasesOwnStream() {
            fixture.given(received(Urgency.NORMAL))
                    .andGivenCurrentTime(T0.plusSeconds(40))
                    .when(new AddComplaintAttachment(ID, RECORDING))
                    .expectResultMessagePayload("att-1")
                    .expectEvents(new AttachmentAdded(ID, "att-1", "call 13812341234.mp3", "audio/mpeg", 4096, HASH,
                            "handler-3", T0.plusSeconds(40)));
        }

        @Test
        void theSameContentAttachedAgainAnswersTheFirstAttachmentAndRecordsNothing() {
            fixture.given(received(Urgency.NORMAL),
                            new AttachmentAdded(ID, "att-1", "call.mp3", "audio/mpeg", 4096, HASH, "handler-3", T0))
                    .when(new AddComplaintAttachment(ID, new NewAttachment("att-2", "again.mp3", "audio/mpeg", 4096,
                            HASH, "agent-1")))
                    .expectResultMessagePayload("att-1")
                    .expectNoEvents();
        }

        @Test
        void anArchivedComplaintTakesNoMoreDocuments() {
            fixture.given(received(Urgency.NORMAL), new ComplaintDismissed(ID, "unfounded", T0),
                            new ComplaintArchived(ID, T0))
                    .when(new AddComplaintAttachment(ID, RECORDING))
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }

        @Test
        void theErasureOfTheCustomerNamesTheCasesFilesForDeletion() {
            fixture.given(received(Urgency.NORMAL),
                            new AttachmentAdded(ID, "att-1", "call.mp3", "audio/mpeg", 4096, HASH, "handler-3", T0))
                    .andGivenCurrentTime(T0.plusSeconds(9))
                    .when(new EraseComplaintCustomer(ID, "CUS-1", "customer asked"))
                    .expectResultMessagePayload(java.util.List.of(HASH))
                    .expectEvents(new CustomerErased(ID, "CUS-1", T0.plusSeconds(9), "customer asked"));
        }

        @Test
        void aRepeatedErasureNamesTheFilesAgainSoAnInterruptedDeletionIsFinished() {
            fixture.given(received(Urgency.NORMAL),
                            new AttachmentAdded(ID, "att-1", "call.mp3", "audio/mpeg", 4096, HASH, "handler-3", T0),
                            new CustomerErased(ID, "CUS-1", T0, "customer asked"))
                    .when(new EraseComplaintCustomer(ID, "CUS-1", "again"))
                    .expectResultMessagePayload(java.util.List.of(HASH))
                    .expectNoEvents();
        }
    }
}
