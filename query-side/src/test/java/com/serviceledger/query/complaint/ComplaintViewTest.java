package com.serviceledger.query.complaint;

import static com.serviceledger.query.support.ComplaintEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@QuerySideTest
class ComplaintViewTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T01:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As the offline replays write view documents. */
    private static final ObjectMapper DOCUMENTS = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

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
        log.appendAndAwait(readyToResolve(id, RECEIVED).then(
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

    /**
     * 002 第4篇 §7.6 / 000 §5.2: every resolution owes its own same-day callback, and every callback is a score. A
     * customer who rejects the solution at the first callback (2) and accepts the second (5) gave two scores.
     */
    @Test
    void every_resolution_round_keeps_its_own_callback_and_score_when_the_first_solution_is_rejected() throws IOException {
        String id = newComplaintId();
        Instant firstResolution = RECEIVED.plus(Duration.ofHours(5));
        Instant secondResolution = Instant.parse("2026-03-11T02:00:00Z");
        ComplaintStory firstRound = readyToResolve(id, RECEIVED).then(
                resolved(id, firstResolution, true, Instant.parse("2026-03-10T15:59:59Z")),
                callback(id, firstResolution.plus(Duration.ofHours(1)), 2, false, true));
        log.appendAndAwait(firstRound);
        api.get("/api/complaints/" + id).expectBody()
                .jsonPath("$.status").isEqualTo("REOPENED")
                .jsonPath("$.callbacks.length()").isEqualTo(1);
        // the second round is applied to the document as stored, rounds and all
        ComplaintStory story = firstRound.then(
                resolved(id, secondResolution, true, Instant.parse("2026-03-11T15:59:59Z")),
                callback(id, secondResolution.plus(Duration.ofHours(3)), 5, true, true));
        log.appendRestAndAwait(story, 6);

        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CALLED_BACK")
                // the case shows the latest callback
                .jsonPath("$.satisfaction").isEqualTo(5)
                .jsonPath("$.callbacks.length()").isEqualTo(2)
                .jsonPath("$.callbacks[0].resolvedAt").isEqualTo("2026-03-10T06:00:00Z")
                .jsonPath("$.callbacks[0].dueAt").isEqualTo("2026-03-10T15:59:59Z")
                .jsonPath("$.callbacks[0].calledBackAt").isEqualTo("2026-03-10T07:00:00Z")
                .jsonPath("$.callbacks[0].satisfaction").isEqualTo(2)
                .jsonPath("$.callbacks[0].solutionAccepted").isEqualTo(false)
                .jsonPath("$.callbacks[0].onTime").isEqualTo(true)
                .jsonPath("$.callbacks[0].breached").isEqualTo(false)
                .jsonPath("$.callbacks[0].settledDate").isEqualTo("2026-03-10")
                .jsonPath("$.callbacks[0].calledBackDate").isEqualTo("2026-03-10")
                .jsonPath("$.callbacks[0].calledBackMonth").isEqualTo("2026-03")
                .jsonPath("$.callbacks[1].dueAt").isEqualTo("2026-03-11T15:59:59Z")
                .jsonPath("$.callbacks[1].satisfaction").isEqualTo(5)
                .jsonPath("$.callbacks[1].solutionAccepted").isEqualTo(true)
                .jsonPath("$.callbacks[1].onTime").isEqualTo(true)
                .jsonPath("$.callbacks[1].settledDate").isEqualTo("2026-03-11")
                .jsonPath("$.callbacks[1].calledBackDate").isEqualTo("2026-03-11");
        assertFoldedOfflineAsProjected(story);
    }

    /**
     * A round whose same-day deadline passed is late in the period of its due time (31 March, local), and the
     * callback that comes the next day (1 April) keeps it late; its score counts on the day it was given.
     */
    @Test
    void a_callback_round_breached_at_its_due_time_stays_late_in_the_breachs_period_when_called_back_later()
            throws IOException {
        String id = newComplaintId();
        Instant receivedAt = Instant.parse("2026-03-30T01:00:00Z");
        Instant resolvedAt = Instant.parse("2026-03-31T02:00:00Z");
        Instant callbackDue = Instant.parse("2026-03-31T15:59:59Z");
        ComplaintStory story = readyToResolve(id, receivedAt).then(
                resolved(id, resolvedAt, true, callbackDue),
                breached(id, SlaTarget.CALLBACK, callbackDue),
                callback(id, Instant.parse("2026-04-01T01:00:00Z"), 4, true, false));
        log.appendAndAwait(story);

        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.callbacks.length()").isEqualTo(1)
                .jsonPath("$.callbacks[0].breached").isEqualTo(true)
                .jsonPath("$.callbacks[0].onTime").isEqualTo(false)
                .jsonPath("$.callbacks[0].settledDate").isEqualTo("2026-03-31")
                .jsonPath("$.callbacks[0].settledMonth").isEqualTo("2026-03")
                .jsonPath("$.callbacks[0].calledBackAt").isEqualTo("2026-04-01T01:00:00Z")
                .jsonPath("$.callbacks[0].calledBackDate").isEqualTo("2026-04-01")
                .jsonPath("$.callbacks[0].calledBackMonth").isEqualTo("2026-04")
                .jsonPath("$.callbacks[0].satisfaction").isEqualTo(4)
                .jsonPath("$.sla.callback.onTime").isEqualTo(false)
                .jsonPath("$.sla.callback.settledMonth").isEqualTo("2026-03");
        assertFoldedOfflineAsProjected(story);
    }

    @Test
    void a_solution_rejected_before_its_callback_and_resolved_again_the_same_day_owes_one_callback_not_two()
            throws IOException {
        String id = newComplaintId();
        Instant receivedAt = Instant.parse("2026-03-30T01:00:00Z");
        Instant callbackDue = Instant.parse("2026-03-31T15:59:59Z");
        ComplaintStory story = readyToResolve(id, receivedAt).then(
                resolved(id, Instant.parse("2026-03-31T02:00:00Z"), true, callbackDue),
                solutionRejected(id, Instant.parse("2026-03-31T03:00:00Z")),
                resolved(id, Instant.parse("2026-03-31T06:00:00Z"), true, callbackDue),
                breached(id, SlaTarget.CALLBACK, callbackDue));
        log.appendAndAwait(story);

        // the aggregate keeps one checkpoint per due time and fired one breach: one late callback, nothing pending
        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.callbacks.length()").isEqualTo(1)
                .jsonPath("$.callbacks[0].breached").isEqualTo(true)
                .jsonPath("$.callbacks[0].onTime").isEqualTo(false)
                .jsonPath("$.callbacks[0].settledDate").isEqualTo("2026-03-31");
        assertFoldedOfflineAsProjected(story);
    }

    /** Received, forwarded, contacted within 10 minutes and given a handler: ready to be resolved. */
    private static ComplaintStory readyToResolve(String id, Instant receivedAt) {
        return ComplaintStory.of(id, received(id, newSubsidiary(), receivedAt).event(),
                forwarded(id, "DEP-WEIGHBRIDGE", receivedAt.plusSeconds(60)),
                contacted(id, receivedAt.plus(Duration.ofMinutes(10)), true, true),
                handlerNamed(id, receivedAt.plus(Duration.ofMinutes(11))));
    }

    /** The audit CLI and the fault run fold the same events offline: their rounds must be the projected ones. */
    private void assertFoldedOfflineAsProjected(ComplaintStory story) throws IOException {
        ComplaintView offline = ComplaintView.empty(story.complaintId());
        List<Object> events = story.events();
        for (int seq = 0; seq < events.size(); seq++) {
            offline.fold(events.get(seq), seq, RECEIVED);
        }
        JsonNode projected = JSON.readTree(api.get("/api/complaints/" + story.complaintId()).expectBody()
                .returnResult().getResponseBodyContent()).get("callbacks");
        assertThat(DOCUMENTS.valueToTree(offline).get("callbacks")).isEqualTo(projected);
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

    /**
     * 001 §3.3, 002 第4篇 六 and 第1篇 六.3: a hotline complaint owes the reply (met by the proposed solution), the
     * department's investigation result (late here) and solution (breached, then returned), and the head's result
     * report; the view shows each promise, and the SLA board counts them per target.
     */
    @Test
    void the_department_steps_and_the_reply_are_promises_of_the_view_and_the_sla_board() {
        String id = newComplaintId();
        String subsidiary = newSubsidiary();
        Instant forwardedAt = RECEIVED.plusSeconds(60);
        Instant investigationDue = Instant.parse("2026-03-11T01:01:00Z");
        Instant investigatedAt = investigationDue.plusSeconds(3600);
        Instant solutionDue = Instant.parse("2026-03-12T02:01:00Z");
        Instant resolvedAt = solutionDue.plusSeconds(3600);
        Instant calledBackAt = resolvedAt.plusSeconds(3600);
        Instant reportDue = Instant.parse("2026-03-12T16:00:00Z");
        com.serviceledger.kernel.complaint.ComplaintReceived hotline = received(id, subsidiary, RECEIVED)
                .channel(com.serviceledger.kernel.common.Channel.HOTLINE).event();
        var d = hotline.deadlines();
        hotline = new com.serviceledger.kernel.complaint.ComplaintReceived(id, hotline.channel(), hotline.customer(),
                hotline.content(), hotline.demand(), hotline.complainedAbout(), hotline.urgency(), RECEIVED,
                hotline.timeZone(), hotline.policyVersion(), new com.serviceledger.kernel.complaint.ComplaintDeadlines(
                        d.contactDueAt(), d.contactHardLimitAt(), d.onSiteDueAt(), d.resolutionDueAt(),
                        RECEIVED.plus(Duration.ofDays(3))));
        log.appendAndAwait(ComplaintStory.of(id, hotline,
                new com.serviceledger.kernel.complaint.ComplaintForwarded(id, "DEP-BILLING", "HEAD-DEP-BILLING",
                        forwardedAt, investigationDue),
                new com.serviceledger.kernel.complaint.CustomerContacted(id, "HEAD-1", "Refund", RECEIVED.plusSeconds(900),
                        true, true, true),
                new com.serviceledger.kernel.complaint.InvestigationResultReturned(id, "Printer doubled the job",
                        investigatedAt, false, solutionDue),
                breached(id, SlaTarget.SOLUTION, solutionDue),
                new com.serviceledger.kernel.complaint.SolutionReturned(id, "Refund the fee",
                        solutionDue.plusSeconds(60), false),
                handlerNamed(id, solutionDue),
                resolved(id, resolvedAt, true, reportDue),
                new com.serviceledger.kernel.complaint.CallbackRecorded(id, 5, true, null, calledBackAt, true,
                        reportDue),
                new com.serviceledger.kernel.complaint.ComplaintResultReported(id, "Refunded",
                        calledBackAt.plusSeconds(600), true),
                new com.serviceledger.kernel.complaint.ComplaintOutcomeRecorded(id, "Refunded, customer satisfied", 4,
                        calledBackAt.plusSeconds(1200))));

        api.get("/api/complaints/" + id).expectStatus().isOk().expectBody()
                .jsonPath("$.sla.reply.dueAt").isEqualTo("2026-03-13T01:00:00Z")
                .jsonPath("$.sla.reply.onTime").isEqualTo(true)
                .jsonPath("$.sla.investigation.dueAt").isEqualTo("2026-03-11T01:01:00Z")
                .jsonPath("$.sla.investigation.onTime").isEqualTo(false)
                .jsonPath("$.sla.solution.breached").isEqualTo(true)
                .jsonPath("$.sla.solution.onTime").isEqualTo(false)
                .jsonPath("$.sla.resultReport.dueAt").isEqualTo("2026-03-12T16:00:00Z")
                .jsonPath("$.sla.resultReport.onTime").isEqualTo(true)
                .jsonPath("$.investigationFindings").isEqualTo("Printer doubled the job")
                .jsonPath("$.departmentSolution").isEqualTo("Refund the fee")
                .jsonPath("$.reportedResult").isEqualTo("Refunded")
                .jsonPath("$.finalResult").isEqualTo("Refunded, customer satisfied")
                .jsonPath("$.handlingEvaluation").isEqualTo(4);
        log.refresh();
        api.get("/api/metrics/complaint-sla?from=2026-03&to=2026-03&subsidiary=" + subsidiary).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.months[0].departments[0].sla.reply.onTime").isEqualTo(1)
                .jsonPath("$.months[0].departments[0].sla.investigation.late").isEqualTo(1)
                .jsonPath("$.months[0].departments[0].sla.solution.late").isEqualTo(1)
                .jsonPath("$.months[0].departments[0].sla.resultReport.onTime").isEqualTo(1);
    }
}
