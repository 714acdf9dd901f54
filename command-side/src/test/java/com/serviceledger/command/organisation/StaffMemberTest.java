package com.serviceledger.command.organisation;

import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.AssignSupervisor;
import com.serviceledger.kernel.organisation.ChangeStaffContact;
import com.serviceledger.kernel.organisation.HireStaff;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.RecordStaffDeparture;
import com.serviceledger.kernel.organisation.StaffContactChanged;
import com.serviceledger.kernel.organisation.StaffDeparted;
import com.serviceledger.kernel.organisation.StaffHired;
import com.serviceledger.kernel.organisation.StaffTransferred;
import com.serviceledger.kernel.organisation.SupervisorAssigned;
import com.serviceledger.kernel.organisation.TransferStaff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory keeps each staff member's unit and chain of responsibility over time (002 第5篇). */
class StaffMemberTest {

    static final Instant HIRED = Instant.parse("2026-01-05T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final StaffHired HIRED_EVENT = new StaffHired("s-1", "Wang Fang", "sub-1", "dept-sales", "weighbridge",
            "sup-1", "lead-1", HIRED);

    AggregateTestFixture<StaffMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffMember.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new DirectoryRules(new FixtureDirectory()
                .subsidiary("sub-1", "dept-sales", "dept-gate").post("sub-1", "gate", "dept-gate")));
    }

    @Test
    void hiringRecordsTheUnitSupervisorAndGroupLeader() {
        fixture.givenNoPriorActivity()
                .when(new HireStaff("s-1", "Wang Fang", "sub-1", "dept-sales", "weighbridge", "sup-1", "lead-1"))
                .expectEvents(new StaffHired("s-1", "Wang Fang", "sub-1", "dept-sales", "weighbridge", "sup-1",
                        "lead-1", NOW));
    }

    @Test
    void nobodyIsTheirOwnSupervisor() {
        fixture.givenNoPriorActivity()
                .when(new HireStaff("s-1", "Wang Fang", "sub-1", "dept-sales", null, "s-1", "lead-1"))
                .expectException(RuleViolation.class);
    }

    @Test
    void aSupervisorNamedForStaffWithoutAGroupLeaderLeavesThemWithout() {
        fixture.given(new StaffHired("s-1", "Wang Fang", "sub-1", "dept-sales", null, null, null, HIRED))
                .when(new AssignSupervisor("s-1", "sup-2", null, null))
                .expectEvents(new SupervisorAssigned("s-1", "sup-2", null, NOW));
    }

    @Test
    void transferTakesEffectNowByDefault() {
        fixture.given(HIRED_EVENT)
                .when(new TransferStaff("s-1", "dept-gate", "gate", null))
                .expectEvents(new StaffTransferred("s-1", "dept-gate", "gate", NOW));
    }

    @Test
    void aTransferStaysWithinTheStaffMembersSubsidiary() {
        fixture.given(HIRED_EVENT)
                .when(new TransferStaff("s-1", "dept-elsewhere", null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subsidiary sub-1 has no department dept-elsewhere");
    }

    @Test
    void aTransferToAPostOfAnotherDepartmentIsRefused() {
        fixture.given(HIRED_EVENT)
                .when(new TransferStaff("s-1", "dept-sales", "gate", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("post gate belongs to department dept-gate, not dept-sales");
    }

    @Test
    void transferRecordedLateTakesEffectWhenItHappened() {
        Instant march = Instant.parse("2026-03-01T00:00:00Z");
        fixture.given(HIRED_EVENT)
                .when(new TransferStaff("s-1", "dept-gate", "gate", march))
                .expectEvents(new StaffTransferred("s-1", "dept-gate", "gate", march));
    }

    @Test
    void changeCannotTakeEffectBeforeThePreviousOne() {
        fixture.given(HIRED_EVENT)
                .when(new TransferStaff("s-1", "dept-gate", "gate", HIRED.minus(Duration.ofDays(1))))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void changeCannotTakeEffectInTheFuture() {
        fixture.given(HIRED_EVENT)
                .when(new TransferStaff("s-1", "dept-gate", "gate", NOW.plusSeconds(60)))
                .expectException(RuleViolation.class);
    }

    @Test
    void newSupervisorKeepsTheGroupLeaderWhenOnlyTheSupervisorIsNamed() {
        fixture.given(HIRED_EVENT)
                .when(new AssignSupervisor("s-1", "sup-2", null, null))
                .expectEvents(new SupervisorAssigned("s-1", "sup-2", "lead-1", NOW));
    }

    @Test
    void departedStaffMemberTakesNoFurtherChanges() {
        fixture.given(HIRED_EVENT, new StaffDeparted("s-1", HIRED.plus(Duration.ofDays(30))))
                .when(new AssignSupervisor("s-1", "sup-2", null, null))
                .expectException(OutOfOrder.class);
    }

    @Test
    void departureIsRecorded() {
        fixture.given(HIRED_EVENT)
                .when(new RecordStaffDeparture("s-1", null))
                .expectEvents(new StaffDeparted("s-1", NOW));
    }

    @Test
    void contactChannelsGivenAtHiringAreRecordedWithTheHire() {
        fixture.givenNoPriorActivity()
                .when(new HireStaff("s-1", "Wang Fang", "sub-1", "dept-sales", null, null, null, "wang@example.com",
                        null))
                .expectEvents(new StaffHired("s-1", "Wang Fang", "sub-1", "dept-sales", null, null, null, NOW),
                        new StaffContactChanged("s-1", "wang@example.com", Language.ZH_CN, NOW));
    }

    @Test
    void aHireWithoutContactChannelsRecordsNone() {
        fixture.givenNoPriorActivity()
                .when(new HireStaff("s-1", "Wang Fang", "sub-1", "dept-sales", null, null, null, null, null))
                .expectEvents(new StaffHired("s-1", "Wang Fang", "sub-1", "dept-sales", null, null, null, NOW));
    }

    @Test
    void aNewLanguageKeepsTheAddressAndTakesEffectWhenRecorded() {
        fixture.given(HIRED_EVENT, new StaffContactChanged("s-1", "wang@example.com", Language.ZH_CN, HIRED))
                .when(new ChangeStaffContact("s-1", null, Language.EN))
                .expectEvents(new StaffContactChanged("s-1", "wang@example.com", Language.EN, NOW));
    }

    @Test
    void aNewAddressWithoutALanguageIsWrittenToInChinese() {
        fixture.given(HIRED_EVENT)
                .when(new ChangeStaffContact("s-1", "fang@example.com", null))
                .expectEvents(new StaffContactChanged("s-1", "fang@example.com", Language.ZH_CN, NOW));
    }

    @Test
    void aContactChangeNamesSomething() {
        fixture.given(HIRED_EVENT)
                .when(new ChangeStaffContact("s-1", null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void departedStaffMemberGetsNoNewContact() {
        fixture.given(HIRED_EVENT, new StaffDeparted("s-1", NOW))
                .when(new ChangeStaffContact("s-1", "wang@example.com", null))
                .expectException(OutOfOrder.class);
    }
}
