package com.serviceledger.command.complaint;

import static com.serviceledger.command.complaint.ComplaintTest.ID;
import static com.serviceledger.command.complaint.ComplaintTest.T0;
import static com.serviceledger.command.complaint.ComplaintTest.forwarded;
import static com.serviceledger.command.complaint.ComplaintTest.received;

import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.incident.ComplaintRaisedToIncident;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.incident.RaiseComplaintToIncident;
import com.serviceledger.kernel.policy.PolicyProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A major complaint raised to an incident (000 §8 (一): 重大客戶投訴 is a service emergency). */
class ComplaintRaisedToIncidentTest {

    AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource((PolicyProvider) subsidiary -> ComplaintTest.POLICY);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(new FixtureVault(ComplaintTest.CUSTOMER));
        FixtureDirectory directory = new FixtureDirectory().subsidiary("sub-1", "dept-billing");
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(new DirectoryRules(directory));
    }

    @Test
    void openComplaintRecordsTheIncidentItWasRaisedTo() {
        fixture.given(received(Urgency.NORMAL), forwarded()).andGivenCurrentTime(T0.plusSeconds(120))
                .when(new RaiseComplaintToIncident(ID, "INC-9", IncidentSeverity.MAJOR))
                .expectEvents(new ComplaintRaisedToIncident(ID, "INC-9", IncidentSeverity.MAJOR,
                        new OrgUnit("sub-1", "dept-billing"), T0.plusSeconds(120)))
                .expectResultMessagePayload("INC-9");
    }

    @Test
    void raisingADismissedComplaintIsRefused() {
        fixture.given(received(Urgency.NORMAL), new ComplaintDismissed(ID, "Not founded", T0.plusSeconds(60)))
                .when(new RaiseComplaintToIncident(ID, "INC-9", IncidentSeverity.MAJOR))
                .expectException(OutOfOrder.class)
                .expectNoEvents();
    }

    @Test
    void complaintIsRaisedOnce() {
        fixture.given(received(Urgency.NORMAL), new ComplaintRaisedToIncident(ID, "INC-9", IncidentSeverity.MAJOR,
                        new OrgUnit("sub-1", "dept-billing"), T0))
                .when(new RaiseComplaintToIncident(ID, "INC-10", IncidentSeverity.CRITICAL))
                .expectException(OutOfOrder.class);
    }
}
