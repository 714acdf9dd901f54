package com.serviceledger.query.inspection;

import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.InspectionEventLog;
import com.serviceledger.query.support.QuerySideTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/** The three inspection views after a realistic month at one site ({@link InspectionScenario}). */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionViewsTest {

    private final InspectionEventLog log;
    private final Api api;
    private final InspectionScenario march = InspectionScenario.march();

    InspectionViewsTest(InspectionEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    @BeforeAll
    void recordTheMonth() {
        log.appendAndAwait(march.stories());
    }

    @Test
    void a_daily_inspection_shows_its_unit_local_month_team_and_pass_rate() {
        api.get("/api/inspections/" + march.dailyIds.getFirst()).expectStatus().isOk().expectBody()
                .jsonPath("$.kind").isEqualTo("DAILY")
                .jsonPath("$.subsidiaryId").isEqualTo("sub-qa")
                .jsonPath("$.siteId").isEqualTo(march.site)
                .jsonPath("$.contractorId").isEqualTo("clean-co")
                .jsonPath("$.month").isEqualTo("2026-03")
                .jsonPath("$.inspectedAt").isEqualTo("2026-03-02T02:00:00Z")
                .jsonPath("$.inspectors[0].role").isEqualTo("ASSISTANT")
                .jsonPath("$.itemCount").isEqualTo(10)
                .jsonPath("$.failedCount").isEqualTo(1)
                .jsonPath("$.hasFailures").isEqualTo(true)
                .jsonPath("$.passRate").isEqualTo(0.9)
                .jsonPath("$.items[1].result").isEqualTo("FAIL")
                .jsonPath("$.items[1].severity").isEqualTo("MINOR")
                .jsonPath("$.items[1].dueAt").isEqualTo("2026-03-02T03:00:00Z")
                .jsonPath("$.items[1].rectificationId").isEqualTo(march.dailyCaseIds.getFirst())
                .jsonPath("$.policyVersion").isEqualTo("insp-3");
    }

    @Test
    void inspections_are_found_by_unit_kind_month_and_failures() {
        String site = "/api/inspections?subsidiary=sub-qa&site=" + march.site;
        api.get(site).expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(6);
        api.get(site + "&kind=daily&failed=true&month=2026-03").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(4)
                .jsonPath("$.items[0].inspectedAt").isEqualTo("2026-03-05T02:00:00Z");
        api.get(site + "&kind=MONTHLY").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].passRate").isEqualTo(1.0)
                .jsonPath("$.items[0].roles.length()").isEqualTo(4);
        api.get(site + "&month=2026-04").expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
        api.get(site + "&from=2026-03-03&to=2026-03-04").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(2);
        api.get(site + "&inspector=clean-co-lead").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].inspectionId").isEqualTo(march.weeklyId);
    }

    @Test
    void a_minor_case_fixed_at_61_minutes_is_late_overdue_and_penalised() {
        api.get("/api/rectifications/" + march.dailyCaseIds.get(1)).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("RECTIFIED_LATE")
                .jsonPath("$.severity").isEqualTo("MINOR")
                .jsonPath("$.dueAt").isEqualTo("2026-03-03T03:00:00Z")
                .jsonPath("$.rectifiedAt").isEqualTo("2026-03-03T03:01:00Z")
                .jsonPath("$.onTime").isEqualTo(false)
                .jsonPath("$.lateBySeconds").isEqualTo(60)
                .jsonPath("$.overdue").isEqualTo(true)
                .jsonPath("$.penalty").isEqualTo(200)
                .jsonPath("$.ownersCommitteeInformedAt").isEqualTo("2026-03-03T03:01:00Z")
                .jsonPath("$.warnedAt").isEqualTo("2026-03-03T02:48:00Z");
    }

    @Test
    void a_minor_case_fixed_at_59_minutes_is_on_time_without_penalty() {
        api.get("/api/rectifications/" + march.dailyCaseIds.getFirst()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("RECTIFIED")
                .jsonPath("$.onTime").isEqualTo(true)
                .jsonPath("$.overdue").isEqualTo(false)
                .jsonPath("$.penalty").doesNotExist();
    }

    @Test
    void a_work_order_shows_its_deadline_and_inspection() {
        api.get("/api/rectifications/" + march.weeklyCaseId).expectStatus().isOk().expectBody()
                .jsonPath("$.severity").isEqualTo("MAJOR")
                .jsonPath("$.inspectionKind").isEqualTo("WEEKLY")
                .jsonPath("$.inspectionId").isEqualTo(march.weeklyId)
                .jsonPath("$.dueAt").isEqualTo("2026-03-08T02:00:00Z")
                .jsonPath("$.status").isEqualTo("RECTIFIED")
                .jsonPath("$.onTime").isEqualTo(true);
    }

    @Test
    void rectifications_are_found_by_status_severity_and_overdue() {
        String site = "/api/rectifications?site=" + march.site;
        api.get(site).expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(5);
        api.get(site + "&status=OVERDUE").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].rectificationId").isEqualTo(march.dailyCaseIds.get(2));
        api.get(site + "&overdue=true").expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(2);
        api.get(site + "&status=OPEN").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].rectificationId").isEqualTo(march.dailyCaseIds.get(3));
        api.get(site + "&severity=MAJOR&kind=WEEKLY").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1);
    }

    @Test
    void the_month_shows_its_counts_its_single_escalation_and_its_evaluation() {
        api.get("/api/quality-months/" + march.monthId).expectStatus().isOk().expectBody()
                .jsonPath("$.month").isEqualTo("2026-03")
                .jsonPath("$.siteId").isEqualTo(march.site)
                .jsonPath("$.status").isEqualTo("EVALUATED")
                .jsonPath("$.daily.inspections").isEqualTo(4)
                .jsonPath("$.daily.inspectionsWithFailures").isEqualTo(4)
                .jsonPath("$.weekly.failedItems").isEqualTo(1)
                .jsonPath("$.monthly.items").isEqualTo(40)
                .jsonPath("$.rectifications.rectifiedOnTime").isEqualTo(2)
                .jsonPath("$.rectifications.overdue").isEqualTo(2)
                .jsonPath("$.rectifications.overduePenalties").isEqualTo(400)
                .jsonPath("$.escalated").isEqualTo(true)
                .jsonPath("$.escalation.triggeredBy").isEqualTo("DAILY")
                .jsonPath("$.escalation.inspectionIds.length()").isEqualTo(4)
                .jsonPath("$.escalation.reportedTo[0]").isEqualTo("MANAGER")
                .jsonPath("$.escalation.reportedTo[1]").isEqualTo("TECHNICAL_DEPARTMENT")
                .jsonPath("$.escalation.contractPenalty").isEqualTo(1000)
                .jsonPath("$.evaluation.score").isEqualTo(69.5)
                .jsonPath("$.evaluation.penaltiesTotal").isEqualTo(1400)
                .jsonPath("$.evaluation.rectifications.openAtClose").isEqualTo(2)
                .jsonPath("$.evaluation.weekly.passRate").isEqualTo(0.95)
                .jsonPath("$.score").isEqualTo(69.5)
                .jsonPath("$.meetsStandard").isEqualTo(false);
    }

    @Test
    void months_are_found_by_unit_month_range_status_and_escalation() {
        String site = "/api/quality-months?site=" + march.site;
        api.get(site + "&monthFrom=2026-01&monthTo=2026-03&escalated=true&status=EVALUATED").expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].qualityMonthId").isEqualTo(march.monthId);
        api.get(site + "&status=OPEN").expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void bad_search_parameters_are_400_problems_naming_the_parameter() {
        expectBadParameter("/api/inspections?kind=HOURLY", "kind");
        expectBadParameter("/api/inspections?month=2026-13", "month");
        expectBadParameter("/api/inspections?failed=maybe", "failed");
        expectBadParameter("/api/inspections?size=0", "size");
        expectBadParameter("/api/rectifications?status=LOST", "status");
        expectBadParameter("/api/rectifications?from=2026-03-05&to=2026-03-01", "from");
        expectBadParameter("/api/quality-months?monthFrom=2026-04&monthTo=2026-03", "monthFrom");
        expectBadParameter("/api/quality-months?escalated=yes", "escalated");
    }

    @Test
    void unknown_documents_are_404_problems() {
        api.get("/api/inspections/INS-none").expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.get("/api/rectifications/RCT-none").expectStatus().isNotFound();
        api.get("/api/quality-months/QM:none::2026-03").expectStatus().isNotFound();
    }

    private void expectBadParameter(String uri, String parameter) {
        api.get(uri).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(parameter);
    }
}
