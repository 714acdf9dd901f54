package com.serviceledger.command.complaint;

import static com.serviceledger.command.complaint.ComplaintTest.CHAIN_AT_T0;
import static com.serviceledger.command.complaint.ComplaintTest.ID;
import static com.serviceledger.command.complaint.ComplaintTest.T0;
import static com.serviceledger.command.complaint.ComplaintTest.contacted;
import static com.serviceledger.command.complaint.ComplaintTest.forwarded;
import static com.serviceledger.command.complaint.ComplaintTest.handlerNamed;
import static com.serviceledger.command.complaint.ComplaintTest.received;
import static com.serviceledger.command.complaint.ComplaintTest.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.listWithAllOf;
import static org.axonframework.test.matchers.Matchers.listWithAnyOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.platform.axon.SerializerConfiguration;
import com.serviceledger.kernel.complaint.ArchiveComplaint;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.CloseComplaintUnresolved;
import com.serviceledger.kernel.complaint.ComplaintArchived;
import com.serviceledger.kernel.complaint.ComplaintClosedUnresolved;
import com.serviceledger.kernel.complaint.ComplaintEscalated;
import com.serviceledger.kernel.complaint.ComplaintEscalationWarningRaised;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.EscalationCause;
import com.serviceledger.kernel.complaint.EscalationLevel;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.RecordCallback;
import com.serviceledger.kernel.complaint.RejectSolution;
import com.serviceledger.kernel.complaint.SolutionRejected;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.complaint.VerifyComplaint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The way out of a complaint whose customer never accepts a solution (001 §3.3 item 4, 002 第4篇): after the policy's
 * rejections (2) or time since receipt (7 days) it goes to management, and may then be closed unresolved.
 */
class ComplaintDeadEndTest {

    static final Instant FIRST_REJECTION = T0.plus(Duration.ofHours(2));
    static final Instant SECOND_REJECTION = T0.plus(Duration.ofHours(5));
    static final Instant CLOSED_AT = T0.plus(Duration.ofDays(1));

    final ComplaintTest setup = new ComplaintTest();

    @BeforeEach
    void setUp() {
        setup.setUp();
    }

    static Object[] contactedAndHandled(Object... more) {
        Object[] base = {received(Urgency.NORMAL), forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed()};
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static SolutionRejected rejected(Instant at) {
        return new SolutionRejected(ID, "not enough", at);
    }

    static ComplaintEscalated escalatedByRejections(Instant at) {
        return new ComplaintEscalated(ID, EscalationCause.REPEATED_REJECTION, 2, 2, EscalationLevel.MANAGEMENT, at);
    }

    static ComplaintClosedUnresolved closedUnresolved() {
        return new ComplaintClosedUnresolved(ID, "head-1", "Refund tomorrow", "the fee stands by contract", 2,
                CLOSED_AT);
    }

    @Test
    void firstRejectionDoesNotEscalate() {
        setup.fixture.given(contactedAndHandled()).andGivenCurrentTime(FIRST_REJECTION)
                .when(new RejectSolution(ID, "not enough"))
                .expectEvents(rejected(FIRST_REJECTION));
    }

    @Test
    void secondRejectionEscalatesToManagement() {
        setup.fixture.given(contactedAndHandled(rejected(FIRST_REJECTION), contacted(Duration.ofHours(3))))
                .andGivenCurrentTime(SECOND_REJECTION)
                .when(new RejectSolution(ID, "not enough"))
                .expectEvents(rejected(SECOND_REJECTION), escalatedByRejections(SECOND_REJECTION));
    }

    @Test
    void callbackWithoutAcceptanceCountsAsARejection() {
        Instant resolvedAt = T0.plus(Duration.ofHours(4));
        Instant calledBack = T0.plus(Duration.ofHours(6));
        setup.fixture.given(contactedAndHandled(rejected(FIRST_REJECTION), resolved(resolvedAt)))
                .andGivenCurrentTime(calledBack)
                .when(new RecordCallback(ID, 2, false, "still unhappy"))
                .expectEvents(new CallbackRecorded(ID, 2, false, "still unhappy", calledBack, true),
                        escalatedByRejections(calledBack));
    }

    @Test
    void complaintIsEscalatedOnceOnly() {
        Instant third = T0.plus(Duration.ofHours(8));
        setup.fixture.given(contactedAndHandled(rejected(FIRST_REJECTION), contacted(Duration.ofHours(3)),
                        rejected(SECOND_REJECTION), escalatedByRejections(SECOND_REJECTION),
                        contacted(Duration.ofHours(7))))
                .andGivenCurrentTime(third)
                .when(new RejectSolution(ID, "not enough"))
                .expectEvents(rejected(third));
    }

    static final Instant ESCALATES_AT = T0.plus(Duration.ofDays(7));

    @Test
    void receiptStartsTheEscalationTimerOfThePolicyWithItsFirstWarning() {
        // 50 % of the policy's 7 days, the first of its warning percents (50, 80)
        setup.fixture.givenCurrentTime(T0)
                .when(ComplaintTest.receive(Urgency.NORMAL))
                .expectScheduledDeadline(Duration.ofHours(84), new EscalationTimer(2, 50, T0, ESCALATES_AT,
                        List.of(50, 80)));
    }

    @Test
    void complaintWithoutAnAcceptedSolutionIsWarnedOfAtEachWarningPercentBeforeItEscalates() {
        setup.fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                .andGivenCommands(ComplaintTest.receive(Urgency.NORMAL))
                .whenTimeElapses(Duration.ofHours(135))
                // the SLA timers fire on the way too; among their warnings and breaches, the escalation's two
                .expectEventsMatching(payloadsMatching(listWithAllOf(
                        equalTo(new ComplaintEscalationWarningRaised(ID, 50, ESCALATES_AT, 0,
                                T0.plus(Duration.ofHours(84)))),
                        equalTo(new ComplaintEscalationWarningRaised(ID, 80, ESCALATES_AT, 0,
                                T0.plus(Duration.ofMinutes(134 * 60 + 24)))))));
    }

    @Test
    void escalationTimerStoredBeforeTheWarningsIsTheEscalationItself() throws Exception {
        EscalationTimer stored = SerializerConfiguration.axonObjectMapper()
                .readValue("{\"threshold\":2}", EscalationTimer.class);
        assertThat(stored.escalates()).isTrue();
        assertThat(stored.warningPercents()).isEmpty();
    }

    @Test
    void complaintWithoutAnAcceptedSolutionAfterThePolicyTimeEscalatesToManagement() {
        setup.fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                .andGivenCommands(ComplaintTest.receive(Urgency.NORMAL))
                .whenTimeElapses(Duration.ofDays(7))
                // the SLA timers fire on the way too; among their warnings and breaches, the escalation
                .expectEventsMatching(payloadsMatching(listWithAnyOf(equalTo(new ComplaintEscalated(ID,
                        EscalationCause.TIME_LIMIT, 0, 2, EscalationLevel.MANAGEMENT, T0.plus(Duration.ofDays(7)))))));
    }

    @Test
    void acceptedComplaintIsNeitherWarnedOfNorEscalatedByTheTimer() {
        Instant resolvedAt = T0.plus(Duration.ofHours(4));
        setup.fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                .andGivenCommands(ComplaintTest.receive(Urgency.NORMAL))
                .andGiven(forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed(), resolved(resolvedAt),
                        new CallbackRecorded(ID, 5, true, null, resolvedAt.plusSeconds(600), true))
                .whenTimeElapses(Duration.ofDays(7))
                .expectNoEvents();
    }

    @Test
    void complaintEscalatedByRejectionsIsNotEscalatedAgainByTheTimer() {
        setup.fixture.givenNoPriorActivity().andGivenCurrentTime(T0)
                .andGivenCommands(ComplaintTest.receive(Urgency.NORMAL))
                .andGiven(forwarded(), contacted(Duration.ofMinutes(5)), handlerNamed(), rejected(FIRST_REJECTION),
                        rejected(SECOND_REJECTION), escalatedByRejections(SECOND_REJECTION))
                .whenTimeElapses(Duration.ofDays(7))
                .expectEventsMatching(payloadsMatching(noEscalation()));
    }

    /** The SLA timers fire on the way; none of their events may be an escalation. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static org.hamcrest.Matcher<java.util.List<?>> noEscalation() {
        return (org.hamcrest.Matcher) org.hamcrest.Matchers.everyItem(
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.instanceOf(ComplaintEscalated.class)));
    }

    @Test
    void closeUnresolvedBeforeTheThresholdIsRefused() {
        setup.fixture.given(contactedAndHandled(rejected(FIRST_REJECTION)))
                .when(new CloseComplaintUnresolved(ID, "head-1", "the fee stands by contract"))
                .expectException(OutOfOrder.class)
                .expectNoEvents();
    }

    @Test
    void escalatedComplaintIsClosedUnresolvedWithTheLastProposedSolutionStanding() {
        setup.fixture.given(contactedAndHandled(rejected(FIRST_REJECTION), rejected(SECOND_REJECTION),
                        escalatedByRejections(SECOND_REJECTION)))
                .andGivenCurrentTime(CLOSED_AT)
                .when(new CloseComplaintUnresolved(ID, "head-1", "the fee stands by contract"))
                .expectEvents(closedUnresolved());
    }

    @Test
    void escalatedComplaintWithoutAProposedSolutionCannotBeClosedUnresolved() {
        setup.fixture.given(received(Urgency.NORMAL), forwarded(),
                        new ComplaintEscalated(ID, EscalationCause.TIME_LIMIT, 0, 2, EscalationLevel.MANAGEMENT,
                                T0.plus(Duration.ofDays(7))))
                .when(new CloseComplaintUnresolved(ID, "head-1", "no answer"))
                .expectException(OutOfOrder.class)
                .expectNoEvents();
    }

    @Test
    void closedUnresolvedComplaintCanBeVerifiedAndIsScoredLikeAnyOther() {
        Instant verifiedAt = CLOSED_AT.plus(Duration.ofHours(1));
        setup.fixture.given(contactedAndHandled(rejected(FIRST_REJECTION), rejected(SECOND_REJECTION),
                        escalatedByRejections(SECOND_REJECTION), closedUnresolved()))
                .andGivenCurrentTime(verifiedAt)
                .when(new VerifyComplaint(ID, "staff-9", MisconductCategory.ATTITUDE, "cold at the window"))
                .expectEvents(new ComplaintVerified(ID, "staff-9", MisconductCategory.ATTITUDE, "cold at the window",
                        verifiedAt, T0, CHAIN_AT_T0));
    }

    @Test
    void closedUnresolvedAndVerifiedComplaintIsArchived() {
        Instant verifiedAt = CLOSED_AT.plus(Duration.ofHours(1));
        Instant archivedAt = verifiedAt.plus(Duration.ofHours(1));
        setup.fixture.given(contactedAndHandled(rejected(FIRST_REJECTION), rejected(SECOND_REJECTION),
                        escalatedByRejections(SECOND_REJECTION), closedUnresolved(),
                        new ComplaintVerified(ID, null, MisconductCategory.NONE, "no fault", verifiedAt, T0, null)))
                .andGivenCurrentTime(archivedAt)
                .when(new ArchiveComplaint(ID))
                .expectEvents(new ComplaintArchived(ID, archivedAt));
    }

    @Test
    void closedUnresolvedComplaintTakesNoMoreRejections() {
        setup.fixture.given(contactedAndHandled(rejected(FIRST_REJECTION), rejected(SECOND_REJECTION),
                        escalatedByRejections(SECOND_REJECTION), closedUnresolved()))
                .when(new RejectSolution(ID, "again"))
                .expectException(OutOfOrder.class);
    }
}
