package com.serviceledger.query.metrics;

import static com.serviceledger.query.support.ComplaintEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintSlaMetricsTest {

    private final ComplaintEventLog log;
    private final Api api;
    private final String subsidiary = newSubsidiary();

    ComplaintSlaMetricsTest(ComplaintEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    /**
     * March, D1: one complaint handled in time, one urgent one contacted late and late on site, one dismissed.
     * March, D2: one untouched, one received at 23:59 on 31 March (Shanghai) and contacted in time.
     * April, D1: received at 00:30 on 1 April (Shanghai, still March in UTC), both contact limits breached.
     * April, no department known: one untouched.
     */
    @BeforeAll
    void aSmallKnownHistory() {
        Instant mar10 = Instant.parse("2026-03-10T01:00:00Z");
        Instant lastMinuteOfMarch = Instant.parse("2026-03-31T15:59:00Z");
        Instant firstHalfHourOfApril = Instant.parse("2026-03-31T16:30:00Z");
        String inTime = newComplaintId();
        String late = newComplaintId();
        String unfounded = newComplaintId();
        String untouched = newComplaintId();
        String lastMinute = newComplaintId();
        String breachedTwice = newComplaintId();
        String nowhere = newComplaintId();
        log.appendAndAwait(
                ComplaintStory.of(inTime, received(inTime, subsidiary, mar10).department("D1").event(),
                        contacted(inTime, mar10.plus(Duration.ofMinutes(20)), true, true),
                        handlerNamed(inTime, mar10.plus(Duration.ofMinutes(21))),
                        resolved(inTime, mar10.plus(Duration.ofHours(5)), true, mar10.plus(Duration.ofHours(14))),
                        callback(inTime, mar10.plus(Duration.ofHours(6)), true, true)),
                ComplaintStory.of(late, received(late, subsidiary, mar10).department("D1").urgent().event(),
                        breached(late, SlaTarget.ON_SITE, mar10.plus(Duration.ofMinutes(10))),
                        onSite(late, mar10.plus(Duration.ofMinutes(25)), false),
                        breached(late, SlaTarget.CONTACT, mar10.plus(Duration.ofMinutes(30))),
                        contacted(late, mar10.plus(Duration.ofHours(1)), false, true)),
                ComplaintStory.of(unfounded, received(unfounded, subsidiary, mar10).department("D1").event(),
                        dismissed(unfounded, mar10.plus(Duration.ofMinutes(5)))),
                ComplaintStory.of(untouched, received(untouched, subsidiary, mar10).department("D2").event()),
                ComplaintStory.of(lastMinute, received(lastMinute, subsidiary, lastMinuteOfMarch).department("D2").event(),
                        contacted(lastMinute, lastMinuteOfMarch.plus(Duration.ofMinutes(15)), true, true)),
                ComplaintStory.of(breachedTwice, received(breachedTwice, subsidiary, firstHalfHourOfApril)
                                .department("D1").event(),
                        breached(breachedTwice, SlaTarget.CONTACT, firstHalfHourOfApril.plus(Duration.ofMinutes(30))),
                        breached(breachedTwice, SlaTarget.CONTACT_HARD_LIMIT,
                                firstHalfHourOfApril.plus(Duration.ofHours(4)))),
                ComplaintStory.of(nowhere, received(nowhere, subsidiary, Instant.parse("2026-04-20T03:00:00Z"))
                        .department(null).event()));
    }

    @Test
    void figures_per_month_and_department_match_the_hand_counted_history() {
        ComplaintSlaReport report = report("from=2026-01&to=2026-06&subsidiary=" + subsidiary);

        assertThat(report).isEqualTo(new ComplaintSlaReport("2026-01", "2026-06", subsidiary, List.of(
                new MonthFigures("2026-03", List.of(
                        new DepartmentFigures("D1", 3, 2, 1, sla(
                                SlaFigures.of(2, 1, 1, 0), SlaFigures.of(2, 2, 0, 0), SlaFigures.of(1, 0, 1, 0),
                                SlaFigures.of(2, 1, 0, 1), SlaFigures.of(1, 1, 0, 0))),
                        new DepartmentFigures("D2", 2, 2, 0, sla(
                                SlaFigures.of(2, 1, 0, 1), SlaFigures.of(2, 1, 0, 1), SlaFigures.of(0, 0, 0, 0),
                                SlaFigures.of(2, 0, 0, 2), SlaFigures.of(0, 0, 0, 0))))),
                new MonthFigures("2026-04", List.of(
                        new DepartmentFigures("D1", 1, 1, 0, sla(
                                SlaFigures.of(1, 0, 1, 0), SlaFigures.of(1, 0, 1, 0), SlaFigures.of(0, 0, 0, 0),
                                SlaFigures.of(1, 0, 0, 1), SlaFigures.of(0, 0, 0, 0))),
                        new DepartmentFigures(null, 1, 1, 0, sla(
                                SlaFigures.of(1, 0, 0, 1), SlaFigures.of(1, 0, 0, 1), SlaFigures.of(0, 0, 0, 0),
                                SlaFigures.of(1, 0, 0, 1), SlaFigures.of(0, 0, 0, 0))))))));
        assertThat(report.months().getFirst().departments().getFirst().sla().get("contact").complianceRate())
                .isEqualTo(0.5);
        assertThat(report.months().getFirst().departments().get(1).sla().get("onSite").complianceRate()).isNull();
    }

    /**
     * The items of the on-time rate, by month received: each resolution's callback is an item (002 第4篇 §7.6), and
     * a target breached before the complaint was dismissed stays late (a dismissal settles nothing, and what it
     * leaves unsettled is not pending).
     */
    @Test
    void each_resolution_owes_a_callback_and_a_breach_before_a_dismissal_stays_late() {
        String rules = newSubsidiary();
        Instant mar3 = Instant.parse("2026-03-03T01:00:00Z");
        String twoRounds = newComplaintId();
        String unfoundedLate = newComplaintId();
        log.appendAndAwait(
                ComplaintStory.of(twoRounds, received(twoRounds, rules, mar3).department("D3").event(),
                        contacted(twoRounds, mar3.plus(Duration.ofMinutes(20)), true, true),
                        handlerNamed(twoRounds, mar3.plus(Duration.ofMinutes(21))),
                        resolved(twoRounds, mar3.plus(Duration.ofHours(5)), true, Instant.parse("2026-03-03T15:59:59Z")),
                        callback(twoRounds, mar3.plus(Duration.ofHours(6)), 2, false, true),
                        resolved(twoRounds, mar3.plus(Duration.ofHours(24)), true, Instant.parse("2026-03-04T15:59:59Z")),
                        breached(twoRounds, SlaTarget.CALLBACK, Instant.parse("2026-03-04T15:59:59Z")),
                        callback(twoRounds, mar3.plus(Duration.ofHours(50)), 5, true, false)),
                ComplaintStory.of(unfoundedLate, received(unfoundedLate, rules, mar3).department("D3").urgent().event(),
                        breached(unfoundedLate, SlaTarget.ON_SITE, mar3.plus(Duration.ofMinutes(10))),
                        dismissed(unfoundedLate, mar3.plus(Duration.ofMinutes(15)))));

        assertThat(report("from=2026-03&to=2026-03&subsidiary=" + rules).months()).containsExactly(
                new MonthFigures("2026-03", List.of(new DepartmentFigures("D3", 2, 1, 1, sla(
                        SlaFigures.of(1, 1, 0, 0), SlaFigures.of(1, 1, 0, 0), SlaFigures.of(1, 0, 1, 0),
                        SlaFigures.of(1, 1, 0, 0), SlaFigures.of(2, 1, 1, 0))))));
    }

    @Test
    void a_range_of_one_month_reports_only_that_month() {
        assertThat(report("from=2026-04&to=2026-04&subsidiary=" + subsidiary).months())
                .extracting(MonthFigures::month).containsExactly("2026-04");
    }

    @Test
    void a_month_range_backwards_too_long_or_unreadable_is_a_bad_request() {
        badRequest("from=2026-06&to=2026-01", "from");
        badRequest("from=2023-01&to=2026-06", "to");
        badRequest("from=2026-13&to=2026-12", "from");
        badRequest("to=2026-12", "from");
    }

    private ComplaintSlaReport report(String query) {
        return api.get("/api/metrics/complaint-sla?" + query).expectStatus().isOk()
                .expectBody(ComplaintSlaReport.class).returnResult().getResponseBody();
    }

    private void badRequest(String query, String parameter) {
        api.get("/api/metrics/complaint-sla?" + query).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:invalid-parameter")
                .jsonPath("$.errors[0].field").isEqualTo(parameter);
    }

    private static Map<String, SlaFigures> sla(SlaFigures contact, SlaFigures contactHardLimit, SlaFigures onSite,
                                               SlaFigures resolution, SlaFigures callback) {
        Map<String, SlaFigures> sla = new LinkedHashMap<>();
        sla.put("contact", contact);
        sla.put("contactHardLimit", contactHardLimit);
        sla.put("onSite", onSite);
        sla.put("resolution", resolution);
        sla.put("callback", callback);
        // these histories owe none of the department's steps, the result report or the reply (no hotline or box)
        for (String none : List.of("investigation", "solution", "resultReport", "reply")) {
            sla.put(none, SlaFigures.of(0, 0, 0, 0));
        }
        return sla;
    }
}
