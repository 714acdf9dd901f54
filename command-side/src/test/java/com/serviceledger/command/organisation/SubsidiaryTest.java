package com.serviceledger.command.organisation;

import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.kernel.common.AlreadyExists;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.AddDepartment;
import com.serviceledger.kernel.organisation.AddPost;
import com.serviceledger.kernel.organisation.AppointToPosition;
import com.serviceledger.kernel.organisation.AppointedToPosition;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.kernel.organisation.RegisterUnitContact;
import com.serviceledger.kernel.organisation.RelieveOfPosition;
import com.serviceledger.kernel.organisation.RelievedOfPosition;
import com.serviceledger.kernel.organisation.UnitContactKind;
import com.serviceledger.kernel.organisation.UnitContactRegistered;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.kernel.organisation.DepartmentAdded;
import com.serviceledger.kernel.organisation.DepartmentKind;
import com.serviceledger.kernel.organisation.PostAdded;
import com.serviceledger.kernel.organisation.RegisterSubsidiary;
import com.serviceledger.kernel.organisation.SubsidiaryRegistered;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Company → subsidiary → department → post (000 §3). */
class SubsidiaryTest {

    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final SubsidiaryRegistered REGISTERED = new SubsidiaryRegistered("sub-1", "Tangshan Cement",
            "Asia/Shanghai", NOW);
    static final DepartmentAdded SALES = new DepartmentAdded("sub-1", "dept-sales", "Sales centre",
            DepartmentKind.BUSINESS, NOW);

    AggregateTestFixture<Subsidiary> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subsidiary.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new DirectoryRules(new FixtureDirectory()
                .subsidiary("sub-1", "dept-sales").post("sub-1", "site-1", "dept-sales")
                .staff("sub-1", "dept-sales", "head-1", "qs-1", "qs-2", "mgr-1", "left-1")
                .left("left-1", NOW.minusSeconds(60))
                .subsidiary("sub-2", "dept-sales").staff("sub-2", "dept-sales", "elsewhere-1")));
    }

    @Test
    void subsidiaryIsRegisteredWithItsTimeZone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubsidiary("sub-1", "Tangshan Cement", "Asia/Shanghai"))
                .expectEvents(REGISTERED);
    }

    @Test
    void unknownTimeZoneIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSubsidiary("sub-1", "Tangshan Cement", "Mars/Olympus"))
                .expectException(RuleViolation.class);
    }

    @Test
    void departmentIsAddedOnce() {
        fixture.given(REGISTERED)
                .when(new AddDepartment("sub-1", "dept-sales", "Sales centre", DepartmentKind.BUSINESS))
                .expectEvents(SALES);
        fixture.given(REGISTERED, SALES)
                .when(new AddDepartment("sub-1", "dept-sales", "Sales again", DepartmentKind.BUSINESS))
                .expectException(AlreadyExists.class);
    }

    @Test
    void postBelongsToAnExistingDepartment() {
        fixture.given(REGISTERED, SALES)
                .when(new AddPost("sub-1", "weighbridge", "dept-sales", "Weighbridge 司磅室"))
                .expectEvents(new PostAdded("sub-1", "weighbridge", "dept-sales", "Weighbridge 司磅室", NOW));
        fixture.given(REGISTERED)
                .when(new AddPost("sub-1", "weighbridge", "dept-nowhere", "Weighbridge"))
                .expectException(RuleViolation.class);
    }

    static final AppointedToPosition HEAD_OF_SALES = new AppointedToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD,
            "head-1", "dept-sales", NOW);

    @Test
    void aDepartmentHeadIsAppointedForTheirDepartment() {
        fixture.given(REGISTERED, SALES)
                .when(new AppointToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-sales"))
                .expectEvents(HEAD_OF_SALES);
    }

    @Test
    void aSubsidiaryHasSeveralQualitySupervisors() {
        fixture.given(REGISTERED, new AppointedToPosition("sub-1", UnitPosition.QUALITY_SUPERVISOR, "qs-1", null, NOW))
                .when(new AppointToPosition("sub-1", UnitPosition.QUALITY_SUPERVISOR, "qs-2", null))
                .expectEvents(new AppointedToPosition("sub-1", UnitPosition.QUALITY_SUPERVISOR, "qs-2", null, NOW));
    }

    @Test
    void aDepartmentHeadNamesTheDepartmentAndAWholeSubsidiaryPositionNone() {
        fixture.given(REGISTERED, SALES)
                .when(new AppointToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(REGISTERED, SALES)
                .when(new AppointToPosition("sub-1", UnitPosition.MANAGEMENT, "mgr-1", "dept-sales"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void nobodyIsAppointedTwiceToThePositionTheyHold() {
        fixture.given(REGISTERED, SALES, HEAD_OF_SALES)
                .when(new AppointToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-sales"))
                .expectException(AlreadyExists.class);
    }

    @Test
    void aHolderIsRelievedAndOnlyAHolder() {
        fixture.given(REGISTERED, SALES, HEAD_OF_SALES)
                .when(new RelieveOfPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-sales"))
                .expectEvents(new RelievedOfPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-sales",
                        NOW));
        fixture.given(REGISTERED, SALES, HEAD_OF_SALES,
                        new RelievedOfPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-sales", NOW))
                .when(new RelieveOfPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-sales"))
                .expectException(RuleViolation.class);
    }

    @Test
    void theAppointedIsStaffOfTheSubsidiaryEmployedNow() {
        fixture.given(REGISTERED, SALES)
                .when(new AppointToPosition("sub-1", UnitPosition.MANAGER, "elsewhere-1", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("staff member elsewhere-1 works for sub-2, not sub-1")
                .expectNoEvents();
        fixture.given(REGISTERED, SALES)
                .when(new AppointToPosition("sub-1", UnitPosition.MANAGER, "left-1", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(REGISTERED, SALES)
                .when(new AppointToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-1", "dept-x"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subsidiary sub-1 has no department dept-x");
    }

    @Test
    void aUnitContactIsForASiteOfTheSubsidiary() {
        fixture.given(REGISTERED)
                .when(new RegisterUnitContact("sub-1", "site-x", "clean-co", UnitContactKind.CONTRACTOR, "Chen",
                        "chen@clean.example", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subsidiary sub-1 has no post site-x");
    }

    @Test
    void aContractorsContactNamesTheContractorAndIsWrittenToInChineseByDefault() {
        fixture.given(REGISTERED)
                .when(new RegisterUnitContact("sub-1", "site-1", "clean-co", UnitContactKind.CONTRACTOR, "Chen Jie",
                        "chen@clean.example", null))
                .expectEvents(new UnitContactRegistered("sub-1", "site-1", "clean-co", UnitContactKind.CONTRACTOR,
                        "Chen Jie", "chen@clean.example", Language.ZH_CN, NOW));
        fixture.given(REGISTERED)
                .when(new RegisterUnitContact("sub-1", "site-1", null, UnitContactKind.CONTRACTOR, "Chen Jie",
                        "chen@clean.example", null))
                .expectException(RuleViolation.class);
    }

    @Test
    void theOwnersCommitteeIsTheSitesNotAContractors() {
        fixture.given(REGISTERED)
                .when(new RegisterUnitContact("sub-1", "site-1", "clean-co", UnitContactKind.OWNERS_COMMITTEE,
                        "Owners", "owners@example.com", Language.EN))
                .expectException(RuleViolation.class);
        fixture.given(REGISTERED)
                .when(new RegisterUnitContact("sub-1", "site-1", null, UnitContactKind.OWNERS_COMMITTEE, "Owners",
                        "owners@example.com", Language.EN))
                .expectEvents(new UnitContactRegistered("sub-1", "site-1", null, UnitContactKind.OWNERS_COMMITTEE,
                        "Owners", "owners@example.com", Language.EN, NOW));
    }
}
