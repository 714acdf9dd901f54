package com.serviceledger.query.complaint;

import static com.serviceledger.query.support.ComplaintEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@QuerySideTest
class ComplaintViewTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T01:00:00Z");

    private final ComplaintEventLog log;
    private final Api api;

    ComplaintViewTest(ComplaintEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    @Test
    void an_urgent_complaint_handled_in_time_keeps_every_promise_and_shows_no_customer_identity() {
        String id = newComplaintId();
        log.appendAndAwait(handledInTime(id, newSubsidiary()));

        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ARCHIVED")
                .jsonPath("$.urgency").isEqualTo("URGENT")
                .jsonPath("$.departmentId").isEqualTo("DEP-LOADING")
                .jsonPath("$.departmentHeadId").isEqualTo("HEAD-DEP-LOADING")
                .jsonPath("$.handlerId").isEqualTo("HANDLER-1")
                .jsonPath("$.receivedMonth").isEqualTo("2026-03")
                .jsonPath("$.customerId").isEqualTo("CUS-FIXTURE")
                .jsonPath("$.customer.customerId").isEqualTo("CUS-FIXTURE")
                .jsonPath("$.sla.contact.dueAt").isEqualTo("2026-03-10T01:30:00Z")
                .jsonPath("$.sla.contact.metAt").isEqualTo("2026-03-10T01:20:00Z")
                .jsonPath("$.sla.contact.onTime").isEqualTo(true)
                .jsonPath("$.sla.contactHardLimit.onTime").isEqualTo(true)
                .jsonPath("$.sla.onSite.onTime").isEqualTo(true)
                .jsonPath("$.sla.resolution.onTime").isEqualTo(true)
                .jsonPath("$.sla.callback.dueAt").isEqualTo("2026-03-10T15:59:59Z")
                .jsonPath("$.sla.callback.onTime").isEqualTo(true)
                .jsonPath("$.sla.contact.breached").isEqualTo(false)
                .jsonPath("$.satisfaction").isEqualTo(5)
                .jsonPath("$.solutionAccepted").isEqualTo(true)
                .jsonPath("$.misconduct").isEqualTo("ATTITUDE")
                .jsonPath("$.reopenCount").isEqualTo(0)
                .jsonPath("$.lastSequence").isEqualTo(8);
        String body = new String(api.get("/api/complaints/" + id).expectBody().returnResult().getResponseBodyContent());
        assertThat(body).doesNotContain(CUSTOMER_NAME, CUSTOMER_EMAIL, "13812341234");
    }

    @Test
    void a_breached_contact_target_stays_late_when_the_customer_is_contacted_afterwards() {
        String id = newComplaintId();
        Instant contactDue = RECEIVED.plus(Duration.ofMinutes(30));
        log.appendAndAwait(ComplaintStory.of(id,
                received(id, newSubsidiary(), RECEIVED).event(),
                forwarded(id, "DEP-WEIGHBRIDGE", RECEIVED.plusSeconds(60)),
                warning(id, SlaTarget.CONTACT, 50, contactDue, RECEIVED.plus(Duration.ofMinutes(15))),
                warning(id, SlaTarget.CONTACT, 80, contactDue, RECEIVED.plus(Duration.ofMinutes(24))),
                breached(id, SlaTarget.CONTACT, contactDue),
                contacted(id, RECEIVED.plus(Duration.ofHours(1)), false, true)));

        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CONTACTED")
                .jsonPath("$.sla.contact.breached").isEqualTo(true)
                .jsonPath("$.sla.contact.onTime").isEqualTo(false)
                .jsonPath("$.sla.contact.metAt").isEqualTo("2026-03-10T02:00:00Z")
                .jsonPath("$.sla.contact.warnings").isEqualTo(2)
                .jsonPath("$.sla.contact.lastWarningPercent").isEqualTo(80)
                .jsonPath("$.sla.contact.settledDate").isEqualTo("2026-03-10")
                .jsonPath("$.sla.contact.settledMonth").isEqualTo("2026-03")
                .jsonPath("$.sla.contactHardLimit.onTime").isEqualTo(true)
                .jsonPath("$.sla.resolution.dueAt").isEqualTo("2026-03-12T01:00:00Z")
                .jsonPath("$.sla.resolution.onTime").doesNotExist()
                .jsonPath("$.sla.onSite.dueAt").doesNotExist();
    }

    @Test
    void a_rejected_callback_reopens_the_complaint_and_the_resolution_is_owed_again() {
        String id = newComplaintId();
        Instant resolvedAt = RECEIVED.plus(Duration.ofHours(5));
        log.appendAndAwait(ComplaintStory.of(id,
                received(id, newSubsidiary(), RECEIVED).event(),
                forwarded(id, "DEP-WEIGHBRIDGE", RECEIVED.plusSeconds(60)),
                contacted(id, RECEIVED.plus(Duration.ofMinutes(10)), true, true),
                handlerNamed(id, RECEIVED.plus(Duration.ofMinutes(11))),
                resolved(id, resolvedAt, true, Instant.parse("2026-03-10T15:59:59Z")),
                callback(id, resolvedAt.plus(Duration.ofHours(1)), false, true)));

        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("REOPENED")
                .jsonPath("$.reopenCount").isEqualTo(1)
                .jsonPath("$.solutionAccepted").isEqualTo(false)
                .jsonPath("$.sla.resolution.onTime").doesNotExist()
                .jsonPath("$.sla.resolution.metAt").doesNotExist()
                // open again: in no period until the next resolution or breach settles it
                .jsonPath("$.sla.resolution.settledDate").doesNotExist()
                .jsonPath("$.sla.resolution.settledMonth").doesNotExist()
                .jsonPath("$.sla.callback.onTime").isEqualTo(true)
                .jsonPath("$.sla.callback.settledMonth").isEqualTo("2026-03")
                .jsonPath("$.calledBackMonth").isEqualTo("2026-03");
    }

    @Test
    void months_are_local_a_complaint_at_23_59_on_31_march_in_shanghai_belongs_to_march() {
        String lastMinuteOfMarch = newComplaintId();
        String firstMinuteOfApril = newComplaintId();
        String subsidiary = newSubsidiary();
        log.appendAndAwait(
                ComplaintStory.of(lastMinuteOfMarch,
                        received(lastMinuteOfMarch, subsidiary, Instant.parse("2026-03-31T15:59:00Z")).event()),
                ComplaintStory.of(firstMinuteOfApril,
                        received(firstMinuteOfApril, subsidiary, Instant.parse("2026-03-31T16:01:00Z")).event()));

        api.get("/api/complaints/" + lastMinuteOfMarch).expectBody()
                .jsonPath("$.receivedMonth").isEqualTo("2026-03")
                .jsonPath("$.timeZone").isEqualTo(SHANGHAI);
        api.get("/api/complaints/" + firstMinuteOfApril).expectBody()
                .jsonPath("$.receivedMonth").isEqualTo("2026-04");
    }

    @Test
    void an_unknown_complaint_is_a_not_found_problem() {
        api.get("/api/complaints/CMP-does-not-exist").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("No complaint with id CMP-does-not-exist");
    }

    static ComplaintStory handledInTime(String id, String subsidiary) {
        Instant resolvedAt = RECEIVED.plus(Duration.ofHours(6));
        return ComplaintStory.of(id,
                received(id, subsidiary, RECEIVED).urgent().event(),
                forwarded(id, "DEP-LOADING", RECEIVED.plus(Duration.ofMinutes(2))),
                onSite(id, RECEIVED.plus(Duration.ofMinutes(8)), true),
                contacted(id, RECEIVED.plus(Duration.ofMinutes(20)), true, true),
                handlerNamed(id, RECEIVED.plus(Duration.ofMinutes(21))),
                resolved(id, resolvedAt, true, Instant.parse("2026-03-10T15:59:59Z")),
                callback(id, resolvedAt.plus(Duration.ofHours(2)), true, true),
                verified(id, resolvedAt.plus(Duration.ofDays(1)), RECEIVED),
                archived(id, resolvedAt.plus(Duration.ofDays(2))));
    }
}
