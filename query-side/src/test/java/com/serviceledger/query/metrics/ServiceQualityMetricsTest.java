package com.serviceledger.query.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.InspectionEventLog;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEventLog;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/**
 * The three metrics and the evaluation reports, figure by figure, against the hand-counted history of
 * {@link MetricsHistory}: local periods in two zones, dismissed complaints beside the rate, breached
 * items late in the period of their deadline, week and quarter keys, and the change against the previous
 * period. Two subsidiaries of their own keep other tests' documents out.
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceQualityMetricsTest {

    private final ComplaintEventLog complaints;
    private final ServiceRequestEventLog requests;
    private final InspectionEventLog others;
    private final ElasticsearchClient elasticsearch;
    private final Api api;
    private final MetricsHistory h = new MetricsHistory();

    ServiceQualityMetricsTest(ComplaintEventLog complaints, ServiceRequestEventLog requests, InspectionEventLog others,
                              ElasticsearchClient elasticsearch, Api api) {
        this.complaints = complaints;
        this.requests = requests;
        this.others = others;
        this.elasticsearch = elasticsearch;
        this.api = api;
    }

    @BeforeAll
    void appendHistory() throws IOException {
        complaints.append(h.complaints);
        requests.append(h.requests);
        others.appendAndAwait(h.others);
        complaints.awaitProjected(h.complaints.toArray(com.serviceledger.query.support.ComplaintStory[]::new));
        requests.awaitProjected(h.requests);
        elasticsearch.indices().refresh(r -> r.index("sq-*"));
    }

    @Test
    void complaintRateCountsValidComplaintsPerInteractionInLocalMonthsWithDismissedBeside() {
        Map<String, Object> a = api.json("/api/metrics/complaint-rate?from=2026-03&to=2026-05&subsidiaryId=" + h.subA);
        assertThat(a).containsEntry("period", "month").containsEntry("from", "2026-03-01").containsEntry("to", "2026-05-01")
                .containsEntry("groupBy", "none");
        List<Map<String, Object>> buckets = buckets(a, "complaint-rate");
        assertThat(buckets).extracting(b -> b.get("period")).containsExactly("2026-03", "2026-04");
        // March: C1 (23:59 on 31 March in Shanghai) is the only valid one, C2 dismissed; R1 and R2 (23:30 on the 31st)
        assertBucket(buckets.get(0), 1, 2, 0.5, 1.0, -0.5);
        assertThat(details(buckets.get(0))).containsEntry("dismissed", 1).containsEntry("received", 2)
                .containsEntry("perThousand", 500.0);
        // April: C4; R4 and R5. February (the change's base): C3 / R3 = 1.0
        assertBucket(buckets.get(1), 1, 2, 0.5, 0.5, 0.0);
        assertThat(details(buckets.get(1))).containsEntry("dismissed", 0).containsEntry("perThousand", 500.0);

        // London: C5 at 23:30 UTC on 31 March is 00:30 on 1 April on summer time; from/to widen to whole months
        Map<String, Object> b = api.json("/api/metrics/complaint-rate?from=2026-03-15&to=2026-04-20&subsidiaryId=" + h.subB);
        assertThat(b).containsEntry("from", "2026-03-01").containsEntry("to", "2026-05-01");
        List<Map<String, Object>> london = buckets(b, "complaint-rate");
        assertBucket(london.get(0), 1, 1, 1.0, null, null);
        assertBucket(london.get(1), 1, 1, 1.0, 1.0, 0.0);

        // grouped by subsidiary, the same figures per group
        Map<String, Object> grouped = api.json("/api/metrics/complaint-rate?from=2026-03&to=2026-05&groupBy=subsidiary");
        List<Map<String, Object>> ofA = buckets(grouped, "complaint-rate").stream()
                .filter(x -> h.subA.equals(x.get("group"))).toList();
        assertThat(ofA).hasSize(2);
        assertBucket(ofA.get(0), 1, 2, 0.5, 1.0, -0.5);
        assertBucket(ofA.get(1), 1, 2, 0.5, 0.5, 0.0);
        List<Map<String, Object>> ofB = buckets(grouped, "complaint-rate").stream()
                .filter(x -> h.subB.equals(x.get("group"))).toList();
        assertBucket(ofB.get(1), 1, 1, 1.0, 1.0, 0.0);
    }

    @Test
    void complaintRateByQuarterWeekAndDay() {
        List<Map<String, Object>> quarters = buckets(api.json(
                "/api/metrics/complaint-rate?period=quarter&from=2026-01&to=2026-07&subsidiaryId=" + h.subA), "complaint-rate");
        assertThat(quarters).extracting(b -> b.get("period")).containsExactly("2026-Q1", "2026-Q2");
        // Q1: C3, C1 valid (C2 dismissed) / R3, R1, R2; Q4 2025 had nothing
        assertBucket(quarters.get(0), 2, 3, 2.0 / 3, null, null);
        assertThat(details(quarters.get(0))).containsEntry("dismissed", 1);
        assertBucket(quarters.get(1), 1, 2, 0.5, 2.0 / 3, 0.5 - 2.0 / 3);

        // ISO week 14 of 2026: Monday 30 March to Sunday 5 April: C1 (31 Mar), C4 (5 Apr) / R2 (31 Mar)
        List<Map<String, Object>> weeks = buckets(api.json(
                "/api/metrics/complaint-rate?period=week&from=2026-03-30&to=2026-04-06&subsidiaryId=" + h.subA),
                "complaint-rate");
        assertThat(weeks).extracting(b -> b.get("period"), b -> b.get("periodStart"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-W14", "2026-03-30"));
        assertBucket(weeks.get(0), 2, 1, 2.0, null, null);

        List<Map<String, Object>> days = buckets(api.json(
                "/api/metrics/complaint-rate?period=day&from=2026-03-31&to=2026-04-01&subsidiaryId=" + h.subA),
                "complaint-rate");
        assertThat(days).extracting(b -> b.get("period")).containsExactly("2026-03-31");
        assertBucket(days.get(0), 1, 1, 1.0, null, null);

        List<Map<String, Object>> years = buckets(api.json(
                "/api/metrics/complaint-rate?period=year&from=2026-01-01&to=2027-01-01&subsidiaryId=" + h.subA),
                "complaint-rate");
        assertThat(years).extracting(b -> b.get("period")).containsExactly("2026");
        assertBucket(years.get(0), 3, 5, 0.6, null, null);
    }

    @Test
    void onTimeCompletionSettlesEachItemOnceCountingBreachedUnfinishedItemsLate() {
        Map<String, Object> report = api.json("/api/metrics/on-time-completion?from=2026-03&to=2026-06&subsidiaryId="
                + h.subA);
        assertThat(seriesNames(report))
                .containsExactly("service-request", "complaint-resolution", "rectification", "contact", "on-site",
                        "callback", "investigation", "solution", "result-report", "reply");

        // service requests: R1 on time [Mar]; R2 breached, never delivered, R4 breached on 30 April and delivered
        // in May (stays April, late), R5 on time against the agreed due time only [Apr]; nothing settles in May
        List<Map<String, Object>> sr = buckets(report, "service-request");
        assertBucket(sr.get(0), 1, 1, 1.0, null, null);
        assertThat(details(sr.get(0))).containsEntry("onTimeAgainstOriginal", 1).containsEntry("valueAgainstOriginal", 1.0)
                .containsEntry("late", 0);
        assertBucket(sr.get(1), 1, 3, 1.0 / 3, 1.0, 1.0 / 3 - 1.0);
        assertThat(details(sr.get(1))).containsEntry("onTimeAgainstOriginal", 0).containsEntry("valueAgainstOriginal", 0.0)
                .containsEntry("late", 2);
        assertBucket(sr.get(2), 0, 0, null, 1.0 / 3, null);

        // resolution: C3 [Feb], C1 [1 Apr local]
        List<Map<String, Object>> resolution = buckets(report, "complaint-resolution");
        assertBucket(resolution.get(0), 0, 0, null, 1.0, null);
        assertBucket(resolution.get(1), 1, 1, 1.0, null, null);
        assertBucket(resolution.get(2), 0, 0, null, 1.0, null);

        // rectifications: K1 on time [Mar]; K2 overdue at 00:30 on 1 April local, never fixed: April, late
        List<Map<String, Object>> rectification = buckets(report, "rectification");
        assertBucket(rectification.get(0), 1, 1, 1.0, null, null);
        assertBucket(rectification.get(1), 0, 1, 0.0, 1.0, -1.0);
        assertBucket(rectification.get(2), 0, 0, null, 0.0, null);

        // contact: C3 [Feb]; C2 on time [Mar], dismissed later (still counted); C1 contacted 00:09 on 1 April local;
        // C4 breached [Apr]
        List<Map<String, Object>> contact = buckets(report, "contact");
        assertBucket(contact.get(0), 1, 1, 1.0, 1.0, 0.0);
        assertBucket(contact.get(1), 1, 2, 0.5, 1.0, -0.5);
        assertBucket(contact.get(2), 0, 0, null, 0.5, null);

        // on site: only urgent C4 owes it, breached [Apr]
        List<Map<String, Object>> onSite = buckets(report, "on-site");
        assertBucket(onSite.get(0), 0, 0, null, null, null);
        assertBucket(onSite.get(1), 0, 1, 0.0, null, null);
        assertBucket(onSite.get(2), 0, 0, null, 0.0, null);

        // callback: C3 [Feb], C1 [Apr]
        List<Map<String, Object>> callback = buckets(report, "callback");
        assertBucket(callback.get(0), 0, 0, null, 1.0, null);
        assertBucket(callback.get(1), 1, 1, 1.0, null, null);
        assertBucket(callback.get(2), 0, 0, null, 1.0, null);

        // kind selects; several kinds at once
        Map<String, Object> two = api.json("/api/metrics/on-time-completion?from=2026-04&to=2026-05&kind=rectification,on-site"
                + "&subsidiaryId=" + h.subA);
        assertThat(seriesNames(two))
                .containsExactly("rectification", "on-site");
        // by department: rectifications have none, so by default they are left out
        Map<String, Object> byDepartment = api.json("/api/metrics/on-time-completion?from=2026-04&to=2026-05"
                + "&groupBy=department&subsidiaryId=" + h.subA);
        assertThat(seriesNames(byDepartment))
                .doesNotContain("rectification").contains("service-request");
        assertBucket(buckets(byDepartment, "service-request").getFirst(), 1, 3, 1.0 / 3, 1.0, 1.0 / 3 - 1.0);
        assertThat(buckets(byDepartment, "service-request").getFirst()).containsEntry("group", "DEP-WEIGHBRIDGE");
    }

    @Test
    void satisfactionTrendMergesRatingsCallbacksAndSurveysExactly() {
        Map<String, Object> report = api.json("/api/metrics/satisfaction-trend?from=2026-03&to=2026-05&subsidiaryId="
                + h.subA);
        assertThat((Map<String, Object>) report.get("details")).containsEntry("targetCsat", 0.9);
        List<Map<String, Object>> buckets = buckets(report, "satisfaction-trend");
        // March: T1 5 (23:59 on the 31st), R1's survey 4. February: T3 4, C3's callback 5 → CSAT 1.0
        assertBucket(buckets.get(0), 2, 2, 1.0, 1.0, 0.0);
        assertThat(details(buckets.get(0))).containsEntry("count", 2).containsEntry("averageScore", 4.5)
                .containsEntry("scoreSum", 9).containsEntry("meetsTarget", true)
                .containsEntry("bySource", Map.of("ratings", 1, "complaintCallbacks", 0, "acceptanceSurveys", 1));
        // April: T2 3 (00:01 on 1 April), C1's callback 5, R5's survey 2
        assertBucket(buckets.get(1), 1, 3, 1.0 / 3, 1.0, 1.0 / 3 - 1.0);
        assertThat(details(buckets.get(1))).containsEntry("count", 3).containsEntry("averageScore", 10.0 / 3)
                .containsEntry("scoreSum", 10).containsEntry("meetsTarget", false)
                .containsEntry("bySource", Map.of("ratings", 1, "complaintCallbacks", 1, "acceptanceSurveys", 1));

        List<Map<String, Object>> london = buckets(api.json("/api/metrics/satisfaction-trend?from=2026-04&to=2026-05"
                + "&subsidiaryId=" + h.subB), "satisfaction-trend");
        assertBucket(london.getFirst(), 1, 1, 1.0, null, null);
    }

    /**
     * 000 §5.2 (scores of 4–5 ÷ all scores): every callback is a score, in the period (local date) it was given.
     * C7's customer rejected the solution at the first callback (2, 31 March) and accepted at the second (5, 1
     * April); C8's two callbacks (3 and 4) both fall in April.
     */
    @Test
    void satisfactionCountsEveryCallbackInThePeriodItWasGivenAlsoWhenTheSolutionWasRejected() {
        List<Map<String, Object>> buckets = buckets(api.json("/api/metrics/satisfaction-trend?from=2026-03&to=2026-05"
                + "&subsidiaryId=" + h.subC), "satisfaction-trend");
        // March: C7's first callback, 2
        assertBucket(buckets.get(0), 0, 1, 0.0, null, null);
        assertThat(details(buckets.get(0))).containsEntry("count", 1).containsEntry("scoreSum", 2)
                .containsEntry("bySource", Map.of("ratings", 0, "complaintCallbacks", 1, "acceptanceSurveys", 0));
        // April: C7's second callback 5, C8's 3 and 4
        assertBucket(buckets.get(1), 2, 3, 2.0 / 3, 0.0, 2.0 / 3);
        assertThat(details(buckets.get(1))).containsEntry("count", 3).containsEntry("averageScore", 4.0)
                .containsEntry("scoreSum", 12)
                .containsEntry("bySource", Map.of("ratings", 0, "complaintCallbacks", 3, "acceptanceSurveys", 0));
        // by week: C7's two callbacks (31 March, 1 April) are both in week 14, C8's two (7 and 9 April) in week 15
        List<Map<String, Object>> weeks = buckets(api.json("/api/metrics/satisfaction-trend?period=week"
                + "&from=2026-03-30&to=2026-04-13&subsidiaryId=" + h.subC), "satisfaction-trend");
        assertThat(weeks).extracting(b -> b.get("period")).containsExactly("2026-W14", "2026-W15");
        assertThat(weeks).extracting(b -> ((Number) b.get("denominator")).longValue()).containsExactly(2L, 2L);
        assertThat(weeks).extracting(b -> ((Number) b.get("numerator")).longValue()).containsExactly(1L, 1L);
        // grouped by department, the groups are the complaints' and the counts still the callbacks
        List<Map<String, Object>> byDepartment = buckets(api.json("/api/metrics/satisfaction-trend?from=2026-04"
                + "&to=2026-05&groupBy=department&subsidiaryId=" + h.subC), "satisfaction-trend");
        assertThat(byDepartment).singleElement().satisfies(b -> {
            assertThat(b).containsEntry("group", "DEP-WEIGHBRIDGE");
            assertThat(((Number) b.get("denominator")).longValue()).isEqualTo(3);
        });
    }

    /**
     * 002 第4篇 §7.6: the callback is due on the day of each resolution, so each resolution's callback is an
     * item, on time or late (a breach at its due time, even if the callback comes later or never).
     */
    @Test
    void callbackOnTimeCountsOneItemPerResolution() {
        List<Map<String, Object>> callback = buckets(api.json("/api/metrics/on-time-completion?from=2026-03&to=2026-05"
                + "&kind=callback&subsidiaryId=" + h.subC), "callback");
        // March: C7's first round, on time
        assertBucket(callback.get(0), 1, 1, 1.0, null, null);
        // April: C7's second round and C8's first on time; C8's second breached (called back late), C10 never
        assertBucket(callback.get(1), 2, 4, 0.5, 1.0, -0.5);
        assertThat(details(callback.get(1))).containsEntry("late", 2);
    }

    /**
     * The rule of the on-time rate: a late item counts in the period of its breach even if never finished, and a
     * dismissal settles nothing. C9 (urgent) missed its 10-minute on-site target and was dismissed 5 minutes
     * later: late on site in April, while staying out of the complaint rate's valid complaints.
     */
    @Test
    void anOnSiteBreachFollowedByADismissalCountsLateInTheBreachsPeriod() {
        List<Map<String, Object>> onSite = buckets(api.json("/api/metrics/on-time-completion?from=2026-03&to=2026-05"
                + "&kind=on-site&subsidiaryId=" + h.subC), "on-site");
        assertBucket(onSite.get(0), 0, 0, null, null, null);
        assertBucket(onSite.get(1), 0, 1, 0.0, null, null);
        List<Map<String, Object>> rate = buckets(api.json("/api/metrics/complaint-rate?from=2026-04&to=2026-05"
                + "&subsidiaryId=" + h.subC), "complaint-rate");
        // April: C8, C10 valid, C9 dismissed
        assertThat(rate.getFirst()).containsEntry("numerator", 2);
        assertThat(details(rate.getFirst())).containsEntry("dismissed", 1).containsEntry("received", 3);
    }

    /** The evaluation reports count the same items: callbacks per round, a dismissed complaint's breach. */
    @Test
    void unitAndStaffReportsCountCallbackRoundsAndTheBreachOfADismissedComplaint() {
        for (String uri : List.of("/api/reports/units/" + h.subC + "?period=month&at=2026-04",
                "/api/reports/staff/" + h.staffC + "?period=month&at=2026-04")) {
            assertThat(figures(api.json(uri))).as(uri)
                    .containsEntry("on-time-completion/callback on time", 2)
                    .containsEntry("on-time-completion/callback settled", 4)
                    .containsEntry("on-time-completion/on-site settled", 1)
                    .containsEntry("on-time-completion/on-site rate", 0.0)
                    .containsEntry("satisfaction-trend/scores", 3)
                    .containsEntry("satisfaction-trend/satisfied (4-5)", 2)
                    .containsEntry("sla-breaches/onSite", 1)
                    .containsEntry("sla-breaches/callback", 2)
                    .containsEntry("complaint-rate/valid complaints", 2)
                    .containsEntry("complaint-rate/dismissed complaints", 1);
        }
    }

    /** C11 closed unresolved and R8 closed without survey (April): counted apart, and C11 as not resolved on time. */
    @Test
    void unitReportCountsTheDeadEndsApart() {
        Map<String, Object> f = figures(api.json("/api/reports/units/" + h.subD + "?period=month&at=2026-04"));
        assertThat(f).containsEntry("dead-ends/complaints closed unresolved", 1)
                .containsEntry("dead-ends/service requests closed without survey", 1)
                .containsEntry("on-time-completion/complaint-resolution on time", 0)
                .containsEntry("on-time-completion/complaint-resolution settled", 1)
                .containsEntry("satisfaction-trend/scores", 0)
                .containsEntry("satisfaction-trend/requests closed without survey (no score)", 1);
    }

    /**
     * C13, the sales department's complaint (002 第5篇 二.2), beside C12, a customer's (April): the rate and the
     * satisfaction are the customer's, the department's complaint reported beside; both callbacks are on time.
     */
    @Test
    void unitReportCountsTheDepartmentComplaintBesideTheCustomerFigures() {
        Map<String, Object> f = figures(api.json("/api/reports/units/" + h.subE + "?period=month&at=2026-04"));
        assertThat(f).containsEntry("complaint-rate/valid complaints", 1)
                .containsEntry("complaint-rate/service interactions", 1)
                .containsEntry("complaint-rate/department complaints", 1)
                .containsEntry("satisfaction-trend/scores", 1)
                .containsEntry("on-time-completion/callback on time", 2)
                .containsEntry("on-time-completion/callback settled", 2);
    }

    @Test
    void unitReportGathersTheMonthsFiguresAsJsonAndCsv() {
        Map<String, Object> report = api.json("/api/reports/units/" + h.subA + "?period=month&at=2026-04");
        assertThat(report).containsEntry("subject", "unit").containsEntry("periodKey", "2026-04")
                .containsEntry("from", "2026-04-01").containsEntry("to", "2026-05-01");
        Map<String, Object> f = figures(report);
        assertThat(f).containsEntry("complaint-rate/valid complaints", 1)
                .containsEntry("complaint-rate/service interactions", 2)
                .containsEntry("complaint-rate/rate", 0.5)
                .containsEntry("complaint-rate/per 1000 interactions", 500.0)
                .containsEntry("complaint-rate/dismissed complaints", 0)
                .containsEntry("complaint-rate/previous rate", 0.5)
                .containsEntry("complaint-rate/change", 0.0)
                .containsEntry("on-time-completion/service-request on time", 1)
                .containsEntry("on-time-completion/service-request settled", 3)
                .containsEntry("on-time-completion/service-request rate", 1.0 / 3)
                .containsEntry("on-time-completion/service-request rate against original due time", 0.0)
                .containsEntry("on-time-completion/complaint-resolution rate", 1.0)
                .containsEntry("on-time-completion/contact rate", 0.5)
                .containsEntry("on-time-completion/on-site rate", 0.0)
                .containsEntry("on-time-completion/callback rate", 1.0)
                .containsEntry("on-time-completion/rectification rate", 0.0)
                .containsEntry("inspections/rectifications on time", 0)
                .containsEntry("inspections/rectifications overdue or late", 1)
                .containsEntry("satisfaction-trend/scores", 3)
                .containsEntry("satisfaction-trend/satisfied (4-5)", 1)
                .containsEntry("satisfaction-trend/csat", 1.0 / 3)
                .containsEntry("satisfaction-trend/average score", 10.0 / 3)
                .containsEntry("satisfaction-trend/target csat", 0.9)
                .containsEntry("satisfaction-trend/meets target", false)
                .containsEntry("sla-breaches/contact", 1)
                .containsEntry("sla-breaches/contactHardLimit", 0)
                .containsEntry("sla-breaches/onSite", 1)
                .containsEntry("sla-breaches/resolution", 0)
                .containsEntry("sla-breaches/callback", 0)
                .containsEntry("sla-breaches/service-request delivery", 2)
                .containsEntry("inspections/inspections", 1)
                .containsEntry("inspections/inspections with failures", 1)
                .containsEntry("inspections/failed items", 1)
                .containsEntry("scorecards/scorecards", 1)
                .containsEntry("scorecards/total points", 15)
                .containsEntry("scorecards/own points", 15)
                .containsEntry("scorecards/joint points", 0)
                .containsEntry("scorecards/service stars", 0)
                .containsEntry("scorecards/worst service designations", 1)
                .containsEntry("scorecards/criticism and education", 0)
                .containsEntry("scorecards/corrected after the close", 0);

        byte[] csvBytes = api.http().get().uri("/api/reports/units/" + h.subA + "?period=month&at=2026-04")
                .accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().valueEquals("Content-Disposition",
                        "attachment; filename=\"report-unit-" + h.subA + "-2026-04.csv\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        // UTF-8 with a byte order mark (EF BB BF), as Excel wants it
        assertThat(Arrays.copyOf(Objects.requireNonNull(csvBytes), 3))
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(csvBytes, java.nio.charset.StandardCharsets.UTF_8).substring(1);
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("section,figure,value");
        assertThat(lines).contains("complaint-rate,valid complaints,1", "complaint-rate,rate,0.5",
                "sla-breaches,service-request delivery,2", "scorecards,worst service designations,1",
                "satisfaction-trend,meets target,false");
        assertThat(lines).hasSize(((List<?>) report.get("figures")).size() + 1);
        byte[] viaFormat = api.http().get().uri("/api/reports/units/" + h.subA + "?period=month&at=2026-04&format=csv")
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(viaFormat).isEqualTo(csvBytes);

        // a quarter: Q2 so far holds April only
        Map<String, Object> quarter = figures(api.json("/api/reports/units/" + h.subA + "?period=quarter&at=2026-Q2"));
        assertThat(quarter).containsEntry("complaint-rate/valid complaints", 1)
                .containsEntry("complaint-rate/previous rate", 2.0 / 3);
    }

    @Test
    void staffReportUsesTheStaffMembersComplaintsRatingsRectificationsAndScorecard() {
        Map<String, Object> report = api.json("/api/reports/staff/" + h.staff + "?period=month&at=2026-04");
        assertThat(report).containsEntry("subject", "staff").containsEntry("id", h.staff);
        Map<String, Object> f = figures(report);
        // C4 in April (C1 was March); C1's resolution, contact and callback settled in April, C4's breaches
        assertThat(f).containsEntry("complaint-rate/valid complaints", 1)
                .containsEntry("complaint-rate/dismissed complaints", 0)
                .containsEntry("on-time-completion/complaint-resolution rate", 1.0)
                .containsEntry("on-time-completion/contact on time", 1)
                .containsEntry("on-time-completion/contact settled", 2)
                .containsEntry("on-time-completion/on-site rate", 0.0)
                .containsEntry("on-time-completion/rectification settled", 1)
                .containsEntry("on-time-completion/rectification rate", 0.0)
                .containsEntry("satisfaction-trend/scores", 2)
                .containsEntry("satisfaction-trend/csat", 0.5)
                .containsEntry("satisfaction-trend/average score", 4.0)
                .containsEntry("sla-breaches/contact", 1)
                .containsEntry("sla-breaches/onSite", 1)
                .containsEntry("scorecards/total points", 15)
                .containsEntry("scorecards/worst service designations", 1)
                .doesNotContainKey("on-time-completion/service-request rate");
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        badRequest("/api/metrics/complaint-rate?from=2026-03&to=2026-05&groupBy=category", "groupBy");
        badRequest("/api/metrics/complaint-rate?from=2026-03&to=2026-05&category=INFORMATION", "category");
        badRequest("/api/metrics/complaint-rate?from=2026-03&to=2026-05&groupBy=team", "groupBy");
        badRequest("/api/metrics/complaint-rate?from=2026-03&to=2026-05&period=fortnight", "period");
        badRequest("/api/metrics/complaint-rate?to=2026-05", "from");
        badRequest("/api/metrics/complaint-rate?from=2026-13&to=2026-05", "from");
        badRequest("/api/metrics/complaint-rate?from=2026-03&to=2026-02-30", "to");
        badRequest("/api/metrics/complaint-rate?from=2026-05&to=2026-03", "from");
        badRequest("/api/metrics/complaint-rate?from=2026-03&to=2026-05&channel=FAX", "channel");
        badRequest("/api/metrics/complaint-rate?period=day&from=2000-01-01&to=2026-01-01", "to");
        badRequest("/api/metrics/on-time-completion?from=2026-03&to=2026-05&kind=speed", "kind");
        badRequest("/api/metrics/on-time-completion?from=2026-03&to=2026-05&kind=rectification&groupBy=department", "groupBy");
        badRequest("/api/metrics/on-time-completion?from=2026-03&to=2026-05&kind=rectification&channel=HOTLINE", "channel");
        badRequest("/api/metrics/satisfaction-trend?from=2026-03&to=2026-05&groupBy=category", "groupBy");
        badRequest("/api/reports/units/" + h.subA + "?period=week&at=2026-03", "period");
        badRequest("/api/reports/units/" + h.subA + "?period=month", "at");
        badRequest("/api/reports/units/" + h.subA + "?period=month&at=March", "at");
        badRequest("/api/reports/staff/" + h.staff + "?period=month&at=2026-03&format=xml", "format");
        // the existing SLA metric still answers
        api.get("/api/metrics/complaint-sla?from=2026-03&to=2026-04&subsidiary=" + h.subA).expectStatus().isOk();
    }

    private void badRequest(String uri, String field) {
        api.get(uri).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> buckets(Map<String, Object> report, String series) {
        return ((List<Map<String, Object>>) report.get("series")).stream().filter(s -> series.equals(s.get("name")))
                .findFirst().map(s -> (List<Map<String, Object>>) s.get("buckets")).orElseThrow();
    }

    private static List<String> seriesNames(Map<String, Object> report) {
        return ((List<?>) report.get("series")).stream().map(s -> (String) ((Map<?, ?>) s).get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(Map<String, Object> bucket) {
        return (Map<String, Object>) bucket.get("details");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(Map<String, Object> report) {
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        for (Map<String, Object> figure : (List<Map<String, Object>>) report.get("figures")) {
            figures.put(figure.get("section") + "/" + figure.get("figure"), figure.get("value"));
        }
        return figures;
    }

    @SuppressWarnings("unchecked")
    private static void assertBucket(Map<String, Object> bucket, long numerator, long denominator, Double value,
                                     Double previousValue, Double delta) {
        assertThat(((Number) bucket.get("numerator")).longValue()).as("numerator of %s", bucket).isEqualTo(numerator);
        assertThat(((Number) bucket.get("denominator")).longValue()).as("denominator of %s", bucket)
                .isEqualTo(denominator);
        assertThat(number(bucket.get("value"))).as("value of %s", bucket).isEqualTo(value);
        Map<String, Object> change = (Map<String, Object>) bucket.get("change");
        assertThat(number(change.get("previousValue"))).as("previous value of %s", bucket).isEqualTo(previousValue);
        assertThat(number(change.get("delta"))).as("delta of %s", bucket).isEqualTo(delta);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
