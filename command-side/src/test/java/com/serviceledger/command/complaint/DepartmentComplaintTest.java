package com.serviceledger.command.complaint;

import static com.serviceledger.command.complaint.ComplaintTest.CHAIN_AT_T0;
import static com.serviceledger.command.complaint.ComplaintTest.POLICY;
import static com.serviceledger.command.complaint.ComplaintTest.T0;
import static com.serviceledger.command.complaint.ComplaintTest.TARGET;
import static com.serviceledger.command.complaint.ComplaintTest.checkpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.command.organisation.DirectoryRules;
import com.serviceledger.command.testing.FixtureClock;
import com.serviceledger.command.testing.FixtureDirectory;
import com.serviceledger.command.testing.FixtureVault;
import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplainantKind;
import com.serviceledger.kernel.complaint.ComplainingDepartment;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintResolved;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.DiscloseComplaintCustomer;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.ReceiveDepartmentComplaint;
import com.serviceledger.kernel.complaint.RecordCallback;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.complaint.VerifyComplaint;
import com.serviceledger.kernel.organisation.AppointedToPosition;
import com.serviceledger.kernel.organisation.UnitPosition;
import com.serviceledger.kernel.policy.PolicyProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Department-coordination complaints (部門協調投訴, 002 第5篇 二.2): one department complains about another. */
class DepartmentComplaintTest {

    static final String ID = "CMP-D1";
    static final ComplainingDepartment SALES = new ComplainingDepartment("dept-sales", "sales-7");

    AggregateTestFixture<Complaint> fixture;
    FixtureDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource((PolicyProvider) subsidiary -> POLICY);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(new FixtureVault(ComplaintTest.CUSTOMER));
        directory = new FixtureDirectory()
                .subsidiary("sub-1", "dept-billing", "dept-sales").post("sub-1", "post-window", "dept-billing")
                .hired(CHAIN_AT_T0, T0).staff("sub-1", "dept-billing", "head-1", "handler-3")
                .staff("sub-1", "dept-sales", "sales-7", "head-sales");
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(new DirectoryRules(directory));
    }

    static ReceiveDepartmentComplaint receive(String complainingDepartment, String raisedBy, ComplaintTarget target) {
        return new ReceiveDepartmentComplaint(ID, Channel.EMAIL, complainingDepartment, raisedBy,
                "Loading held our orders back twice", "Load in order", target, Urgency.NORMAL);
    }

    static ComplaintReceived received() {
        return new ComplaintReceived(ID, Channel.EMAIL, null, "Loading held our orders back twice", "Load in order",
                TARGET, Urgency.NORMAL, T0, "Asia/Shanghai", "policy-7", POLICY.deadlinesFor(T0, Urgency.NORMAL),
                SALES);
    }

    static Object[] resolved(Instant resolvedAt) {
        return new Object[] {received(), new ComplaintForwarded(ID, "dept-billing", "head-1", T0.plusSeconds(60)),
                new CustomerContacted(ID, "head-1", "Load in order from Monday", T0.plusSeconds(300), true, true),
                new ComplaintHandlerNamed(ID, "handler-3", T0.plusSeconds(600)),
                new ComplaintResolved(ID, "handler-3", "Loading by arrival order", resolvedAt, true,
                        POLICY.callbackDueAt(resolvedAt))};
    }

    private void appointSalesHead() {
        directory.file("sub-1", new AppointedToPosition("sub-1", UnitPosition.DEPARTMENT_HEAD, "head-sales",
                "dept-sales", T0.minus(Duration.ofDays(30))));
    }

    @Test
    void aDepartmentComplaintNamesTheComplainingDepartmentAndNoCustomer() {
        fixture.givenCurrentTime(T0)
                .when(receive("dept-sales", "sales-7", TARGET))
                .expectEvents(received());
    }

    @Test
    void aDepartmentComplaintIsCountedAsTheDepartmentsNotACustomers() {
        assertThat(ComplainantKind.of(received())).isEqualTo(ComplainantKind.DEPARTMENT);
        assertThat(ComplainantKind.of(ComplaintTest.received(Urgency.NORMAL)))
                .isEqualTo(ComplainantKind.CUSTOMER);
    }

    @Test
    void aDepartmentComplaintRunsTheCustomerComplaintsTimers() {
        fixture.givenCurrentTime(T0)
                .when(receive("dept-sales", "sales-7", TARGET))
                .expectScheduledDeadline(Duration.ofMinutes(15),
                        checkpoint(SlaTarget.CONTACT, 50, T0, T0.plus(Duration.ofMinutes(30))))
                .expectScheduledDeadline(Duration.ofDays(1),
                        checkpoint(SlaTarget.RESOLUTION, 50, T0, T0.plus(Duration.ofDays(2))));
    }

    @Test
    void aDepartmentCannotComplainAboutItself() {
        fixture.givenCurrentTime(T0)
                .when(receive("dept-billing", "head-1", TARGET))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("does not complain about itself"))
                .expectNoEvents();
    }

    @Test
    void onlyStaffOfTheComplainingDepartmentRaiseIt() {
        fixture.givenCurrentTime(T0)
                .when(receive("dept-sales", "handler-3", TARGET))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("staff of the complaining department"))
                .expectNoEvents();
    }

    @Test
    void itsCallbackIsAnsweredByTheComplainingDepartmentsHead() {
        appointSalesHead();
        Instant resolvedAt = T0.plus(Duration.ofHours(3));
        Instant callAt = resolvedAt.plus(Duration.ofHours(1));
        fixture.given(resolved(resolvedAt)).andGivenCurrentTime(callAt)
                .when(new RecordCallback(ID, 4, true, "Orders move again"))
                .expectEvents(new CallbackRecorded(ID, 4, true, "Orders move again", callAt, true,
                        POLICY.resultReportDueAt(callAt), "head-sales"));
    }

    @Test
    void itsCallbackWaitsForTheComplainingDepartmentToHaveAHead() {
        Instant resolvedAt = T0.plus(Duration.ofHours(3));
        fixture.given(resolved(resolvedAt)).andGivenCurrentTime(resolvedAt.plusSeconds(60))
                .when(new RecordCallback(ID, 4, true, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aVerifiedDepartmentComplaintIsScoredLikeACustomerComplaint() {
        // the same verification event as a customer's (ComplaintTest): the scoring relay charges it alike
        appointSalesHead();
        Instant resolvedAt = T0.plus(Duration.ofHours(3));
        Instant at = T0.plus(Duration.ofDays(1));
        Object[] history = resolved(resolvedAt);
        Object[] calledBack = Arrays.copyOf(history, history.length + 1);
        calledBack[history.length] = new CallbackRecorded(ID, 4, true, null, resolvedAt, true,
                POLICY.resultReportDueAt(resolvedAt), "head-sales");
        fixture.given(calledBack).andGivenCurrentTime(at)
                .when(new VerifyComplaint(ID, "staff-9", MisconductCategory.ATTITUDE, "Held the orders back"))
                .expectEvents(new ComplaintVerified(ID, "staff-9", MisconductCategory.ATTITUDE,
                        "Held the orders back", at, T0, CHAIN_AT_T0));
    }

    /** Events stored before department complaints read as a customer's, with no callback answerer. */
    @Test
    void eventsStoredBeforeDepartmentComplaintsReadAsACustomersAndTheNewOnesRoundTrip() throws Exception {
        ObjectMapper axonLike = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ComplaintReceived old = axonLike.readValue("""
                {"complaintId":"CMP-1","channel":"HOTLINE","receivedAt":"2026-04-01T01:00:00Z","urgency":"NORMAL",
                 "complainedAbout":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},
                 "timeZone":"Asia/Shanghai","policyVersion":"v1"}""", ComplaintReceived.class);
        assertThat(old.complainingDepartment()).isNull();
        assertThat(ComplainantKind.of(old)).isEqualTo(ComplainantKind.CUSTOMER);
        CallbackRecorded oldCallback = axonLike.readValue("""
                {"complaintId":"CMP-1","satisfaction":4,"solutionAccepted":true,"calledBackAt":"2026-04-01T08:00:00Z",
                 "withinTarget":true}""", CallbackRecorded.class);
        assertThat(oldCallback.answeredBy()).isNull();

        assertThat(axonLike.readValue(axonLike.writeValueAsString(received()), ComplaintReceived.class))
                .isEqualTo(received());
    }

    @Test
    void aDepartmentComplaintHasNoCustomerToDisclose() {
        fixture.given(received())
                .when(new DiscloseComplaintCustomer(ID, "callback"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
