package com.serviceledger.command.inspection;


import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.AttachmentAdded;
import com.serviceledger.kernel.common.NewAttachment;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.inspection.AddRectificationAttachment;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.NonConformity;
import com.serviceledger.kernel.inspection.OwnersCommitteeInformed;
import com.serviceledger.kernel.inspection.RaiseRectification;
import com.serviceledger.kernel.inspection.RecordRectification;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.inspection.RectificationRecorded;
import com.serviceledger.kernel.inspection.RectificationWarningRaised;
import com.serviceledger.kernel.inspection.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static com.serviceledger.command.inspection.InspectionFixtures.*;

/** Rectifying non-conformities (002 第3篇 (3) 4, 5, 7), rule by rule. */
class RectificationTest {

    static final String ID = "RCT-INS-1-2";
    static final BigDecimal PENALTY = new BigDecimal("200");
    static final Instant MINOR_DUE = T0.plus(Duration.ofHours(1));
    static final Instant MAJOR_DUE = T0.plus(Duration.ofDays(2));

    AggregateTestFixture<Rectification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Rectification.class);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(new DirectoryRules(new FixtureDirectory()
                .subsidiary("sub-1", "dept-logistics").staff("sub-1", "dept-logistics", "staff-7", "insp-3")));
    }

    static NonConformity minor() {
        return new NonConformity(ID, 2, "stairs-dust-free", Severity.MINOR, "dust on stairs B", "staff-7", MINOR_DUE,
                T0.plus(Duration.ofMinutes(48)), PENALTY);
    }

    static NonConformity major() {
        return new NonConformity(ID, 2, "drains-clear", Severity.MAJOR, "drain blocked", null, MAJOR_DUE,
                T0.plus(Duration.ofMinutes(2304)), PENALTY);
    }

    static RaiseRectification raise(NonConformity found) {
        return new RaiseRectification(ID, "INS-1", InspectionKind.DAILY, UNIT, "2026-03", "Asia/Shanghai", T0,
                "insp-3", found);
    }

    static RectificationRaised raised(NonConformity found) {
        return new RectificationRaised(ID, "INS-1", InspectionKind.DAILY, UNIT, "2026-03", "Asia/Shanghai",
                found.itemNo(), found.standardCode(), found.severity(), found.note(), found.responsibleStaffId(), T0,
                found.dueAt(), found.warningAt(), PENALTY, "insp-3");
    }

    static RecordRectification fixed() {
        return new RecordRectification(ID, "staff-7", "stairs swept");
    }

    @Nested
    class Raising {

        @Test
        void failedItemOpensItsCaseWithTheDeadlineDecidedAtTheInspection() {
            fixture.givenNoPriorActivity().andGivenCurrentTime(T0.plusSeconds(2))
                    .when(raise(minor()))
                    .expectEvents(raised(minor()))
                    .expectScheduledDeadline(Duration.ofMinutes(48).minusSeconds(2),
                            new RectificationTimer(false, T0.plus(Duration.ofMinutes(48)), MINOR_DUE));
        }

        @Test
        void raisingTheSameCaseAgainChangesNothing() {
            fixture.given(raised(minor()))
                    .when(raise(minor()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class MinorNonConformity {

        @Test
        void fixedAt59MinutesIsOnTime() {
            Instant at = T0.plus(Duration.ofMinutes(59));
            fixture.given(raised(minor())).andGivenCurrentTime(at)
                    .when(fixed())
                    .expectEvents(new RectificationRecorded(ID, UNIT, "2026-03", "staff-7", "stairs swept", at,
                            MINOR_DUE, true, null));
        }

        @Test
        void fixedAtExactlyTheHourIsOnTime() {
            fixture.given(raised(minor())).andGivenCurrentTime(MINOR_DUE)
                    .when(fixed())
                    .expectEvents(new RectificationRecorded(ID, UNIT, "2026-03", "staff-7", "stairs swept",
                            MINOR_DUE, MINOR_DUE, true, null));
        }

        @Test
        void fixedAt61MinutesIsLateOverduePenalisedAndReported() {
            Instant at = T0.plus(Duration.ofMinutes(61));
            fixture.given(raised(minor())).andGivenCurrentTime(at)
                    .when(fixed())
                    .expectEvents(
                            new RectificationOverdue(ID, UNIT, "2026-03", Severity.MINOR, MINOR_DUE, at, PENALTY,
                                    "insp-3"),
                            new OwnersCommitteeInformed(ID, UNIT, "stairs-dust-free", MINOR_DUE, PENALTY, at),
                            new RectificationRecorded(ID, UNIT, "2026-03", "staff-7", "stairs swept", at, MINOR_DUE,
                                    false, Duration.ofMinutes(1)));
        }

        @Test
        void unfixedItRemindsAt48MinutesAndIsOverdueAtTheHour() {
            fixture.givenCurrentTime(T0).andGivenCommands(raise(minor()))
                    .whenTimeElapses(Duration.ofMinutes(61))
                    .expectEvents(
                            new RectificationWarningRaised(ID, Severity.MINOR, MINOR_DUE,
                                    T0.plus(Duration.ofMinutes(48))),
                            new RectificationOverdue(ID, UNIT, "2026-03", Severity.MINOR, MINOR_DUE, MINOR_DUE,
                                    PENALTY, "insp-3"),
                            new OwnersCommitteeInformed(ID, UNIT, "stairs-dust-free", MINOR_DUE, PENALTY,
                                    MINOR_DUE));
        }

        @Test
        void fixedInTimeSilencesTheDeadline() {
            fixture.givenCurrentTime(T0).andGivenCommands(raise(minor()), fixed())
                    .whenTimeElapses(Duration.ofHours(2))
                    .expectNoEvents();
        }

        @Test
        void overdueCaseFixedLaterIsRecordedLateWithoutASecondPenalty() {
            Instant at = T0.plus(Duration.ofHours(3));
            fixture.given(raised(minor()),
                            new RectificationOverdue(ID, UNIT, "2026-03", Severity.MINOR, MINOR_DUE, MINOR_DUE,
                                    PENALTY, "insp-3"))
                    .andGivenCurrentTime(at)
                    .when(fixed())
                    .expectEvents(new RectificationRecorded(ID, UNIT, "2026-03", "staff-7", "stairs swept", at,
                            MINOR_DUE, false, Duration.ofHours(2)));
        }

        @Test
        void recordingTheFixTwiceIsOutOfOrder() {
            fixture.given(raised(minor()), new RectificationRecorded(ID, UNIT, "2026-03", "staff-7", "swept",
                            T0.plusSeconds(60), MINOR_DUE, true, null))
                    .when(fixed())
                    .expectException(OutOfOrder.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class MajorNonConformity {

        @Test
        void workOrderNotDoneByItsDeadlineIsOverdue() {
            fixture.givenCurrentTime(T0).andGivenCommands(raise(major()))
                    .whenTimeElapses(Duration.ofDays(2).plusMinutes(1))
                    .expectEvents(
                            new RectificationWarningRaised(ID, Severity.MAJOR, MAJOR_DUE,
                                    T0.plus(Duration.ofMinutes(2304))),
                            new RectificationOverdue(ID, UNIT, "2026-03", Severity.MAJOR, MAJOR_DUE, MAJOR_DUE,
                                    PENALTY, "insp-3"),
                            new OwnersCommitteeInformed(ID, UNIT, "drains-clear", MAJOR_DUE, PENALTY, MAJOR_DUE));
        }

        @Test
        void workOrderDoneBeforeItsDeadlineIsOnTime() {
            Instant at = T0.plus(Duration.ofDays(1));
            fixture.given(raised(major())).andGivenCurrentTime(at)
                    .when(fixed())
                    .expectEvents(new RectificationRecorded(ID, UNIT, "2026-03", "staff-7", "stairs swept", at,
                            MAJOR_DUE, true, null));
        }
    }

    @Nested
    class Attachments {

        @Test
        void aPhotoOfTheFixIsAttachedAlsoAfterTheCaseIsRectified() {
            fixture.registerInjectableResource(new FixtureVault(null));
            NewAttachment photo = new NewAttachment("att-1", "stairs.jpg", "image/jpeg", 4096,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "staff-7");
            fixture.given(raised(minor()), new RectificationRecorded(ID, UNIT, "2026-03", "staff-7", "stairs swept",
                            T0.plusSeconds(60), MINOR_DUE, true, Duration.ZERO))
                    .andGivenCurrentTime(T0.plusSeconds(90))
                    .when(new AddRectificationAttachment(ID, photo))
                    .expectResultMessagePayload("att-1")
                    .expectEvents(new AttachmentAdded(ID, "att-1", "stairs.jpg", "image/jpeg", 4096, photo.sha256(),
                            "staff-7", T0.plusSeconds(90)));
        }
    }
}
