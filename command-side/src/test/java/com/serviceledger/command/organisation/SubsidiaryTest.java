package com.serviceledger.command.organisation;

import com.serviceledger.kernel.common.AlreadyExists;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.AddDepartment;
import com.serviceledger.kernel.organisation.AddPost;
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
}
