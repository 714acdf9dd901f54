package com.serviceledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.command.testing.TestOrganisation;
import com.serviceledger.kernel.inspection.InspectionCounted;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import com.serviceledger.kernel.inspection.OwnersCommitteeInformed;
import com.serviceledger.kernel.inspection.QualityEscalated;
import com.serviceledger.kernel.inspection.QualityMonthOpened;
import com.serviceledger.kernel.inspection.RectificationOutcome;
import com.serviceledger.kernel.inspection.RectificationOutcomeCounted;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.inspection.RectificationRecorded;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The inspection API over real HTTP, against a real database, with the relay and the persistent timers
 * running; once per supported database by the subclasses. Each test inspects a site of its own, so
 * months never mix between tests.
 */
abstract class InspectionCommandApiContract {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestOrganisation organisation;
    WebTestClient http;
    String site;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester")).responseTimeout(PATIENCE).build();
        site = "site-" + UUID.randomUUID().toString().substring(0, 8);
        // a site of its own per test, so the month's counts are the test's
        organisation.addPost("sub-1", site);
        organisation.addPost("sub-fast-insp", site);
    }

    /** A daily checklist by the subsidiary's assistant; the items' responsible cleaner is the subsidiary's. */
    static String daily(String subsidiary, String site, String items) {
        return """
                {"kind":"DAILY","unit":{"subsidiaryId":"%s","siteId":"%s","contractorId":"clean-co"},
                 "inspectors":[{"inspectorId":"%s","role":"ASSISTANT"}],
                 "items":[%s]}""".formatted(subsidiary, site, TestOrganisation.staffOf(subsidiary, "staff-assistant"),
                items.replace("\"cleaner-7\"", "\"" + TestOrganisation.staffOf(subsidiary, "cleaner-7") + "\""));
    }

    static final String PASS = "{\"standardCode\":\"floor-clean\",\"result\":\"PASS\"}";
    static final String MINOR = "{\"standardCode\":\"stairs-dust-free\",\"result\":\"FAIL\",\"severity\":\"MINOR\","
            + "\"note\":\"dust on stairs B\",\"responsibleStaffId\":\"cleaner-7\"}";

    Map<?, ?> record(String body) {
        return http.post().uri("/api/inspections").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec post(String uri, String body) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    }

    InspectionRecorded recorded(String inspectionId) {
        return (InspectionRecorded) payloads(inspectionId).getFirst();
    }

    String monthOf(InspectionRecorded recorded) {
        return "QM:" + recorded.unit().key() + ":" + recorded.month();
    }

    <T> List<T> awaitEvents(String aggregateId, Class<T> type, int count) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(payloads(aggregateId)).filteredOn(type::isInstance).hasSizeGreaterThanOrEqualTo(count));
        return payloads(aggregateId).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void recordedInspectionOpensACasePerFailedItemAndCountsInItsUnitsMonth() {
        var answer = http.post().uri("/api/inspections").contentType(MediaType.APPLICATION_JSON)
                .header("X-Correlation-Id", "round-7").bodyValue(daily("sub-1", site, PASS + "," + MINOR)).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/inspections/INS-.*")
                .expectBody(Map.class).returnResult().getResponseBody();
        String inspectionId = answer.get("inspectionId").toString();
        assertThat(answer.get("rectificationIds")).isEqualTo(List.of("RCT-" + inspectionId + "-2"));

        var stored = eventStore.readEvents(inspectionId).asStream().toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().getMetaData()).containsEntry("correlationId", "round-7");
        InspectionRecorded recorded = (InspectionRecorded) stored.getFirst().getPayload();
        assertThat(recorded.failedCount()).isEqualTo(1);
        assertThat(recorded.nonConformities().getFirst().dueAt())
                .isEqualTo(recorded.inspectedAt().plus(Duration.ofHours(1)));

        RectificationRaised raised = awaitEvents("RCT-" + inspectionId + "-2", RectificationRaised.class, 1).getFirst();
        assertThat(raised.responsibleStaffId()).isEqualTo("cleaner-7");
        awaitEvents(monthOf(recorded), InspectionCounted.class, 1);
        assertThat(payloads(monthOf(recorded)).getFirst()).isInstanceOf(QualityMonthOpened.class);
        // the relay's commands carry the inspection's correlation
        var raisedMessage = eventStore.readEvents("RCT-" + inspectionId + "-2").asStream().findFirst().orElseThrow();
        assertThat(raisedMessage.getMetaData()).containsEntry("correlationId", "round-7");
    }

    @Test
    void aPublishedPolicyVersionSetsTheMinorFixWindow() {
        String sub = "sub-insp-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        organisation.register(sub);
        organisation.addPost(sub, site);
        post("/api/policies/" + sub + "/versions", """
                {"timeZone":"Asia/Shanghai","satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                  "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]},
                 "inspection":{"minorFixWindow":"PT2H","majorDefaultDeadline":"PT48H","warningPercent":80,
                  "overduePenalty":300,"dailyInspectionsWithFailures":4,"weeklyInspectionsWithFailures":2,
                  "contractPenalty":1000,"dailyWeight":30,"weeklyWeight":30,"monthlyWeight":20,
                  "rectificationWeight":20,"overdueDeduction":2,"escalationDeduction":10,"passingScore":80}}""")
                .expectStatus().isCreated();

        String inspectionId = record(daily(sub, site, MINOR)).get("inspectionId").toString();

        InspectionRecorded recorded = recorded(inspectionId);
        assertThat(recorded.policyVersion()).isEqualTo(sub + "/v1");
        assertThat(recorded.nonConformities().getFirst().dueAt())
                .isEqualTo(recorded.inspectedAt().plus(Duration.ofHours(2)));
    }

    @Test
    void rectificationRecordedInTimeIsOnTimeAndCountedAndASecondRecordIsA409() {
        String inspectionId = record(daily("sub-1", site, MINOR)).get("inspectionId").toString();
        String caseId = "RCT-" + inspectionId + "-1";
        awaitEvents(caseId, RectificationRaised.class, 1);

        post("/api/rectifications/" + caseId + "/rectify", "{\"rectifiedBy\":\"cleaner-7\",\"note\":\"swept\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.rectificationId").isEqualTo(caseId);
        assertThat(awaitEvents(caseId, RectificationRecorded.class, 1).getFirst().onTime()).isTrue();
        post("/api/rectifications/" + caseId + "/rectify", "{\"rectifiedBy\":\"cleaner-7\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:out-of-order");

        var counted = awaitEvents(monthOf(recorded(inspectionId)), RectificationOutcomeCounted.class, 1);
        assertThat(counted).extracting(RectificationOutcomeCounted::outcome)
                .containsExactly(RectificationOutcome.RECTIFIED_ON_TIME);
    }

    @Test
    void overdueRectificationIsPenalisedAndReportedByThePersistentTimer() {
        // sub-fast-insp (test configuration): minor fix window 2 s, no reminder
        String inspectionId = record(daily("sub-fast-insp", site, MINOR)).get("inspectionId").toString();
        String caseId = "RCT-" + inspectionId + "-1";

        RectificationOverdue overdue = awaitEvents(caseId, RectificationOverdue.class, 1).getFirst();
        assertThat(overdue.penalty()).isEqualByComparingTo("300");
        assertThat(awaitEvents(caseId, OwnersCommitteeInformed.class, 1)).hasSize(1);
        var counted = awaitEvents(monthOf(recorded(inspectionId)), RectificationOutcomeCounted.class, 1);
        assertThat(counted.getFirst().outcome()).isEqualTo(RectificationOutcome.OVERDUE);
    }

    @Test
    void theFourthDailyInspectionWithFailuresEscalatesOnceEvenWhenAFifthFollows() {
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = record(daily("sub-1", site, PASS + "," + MINOR)).get("inspectionId").toString();
        }
        String month = monthOf(recorded(last));
        awaitEvents(month, InspectionCounted.class, 5);

        List<QualityEscalated> escalations = awaitEvents(month, QualityEscalated.class, 1);
        assertThat(escalations).hasSize(1);
        assertThat(escalations.getFirst().triggeredBy()).isEqualTo(InspectionKind.DAILY);
        assertThat(escalations.getFirst().inspectionIds()).hasSize(4).doesNotContain(last);
    }

    @Test
    void aMissingItemResultIsA400NamingTheItemAndStoresNothing() {
        long before = storedEvents();
        post("/api/inspections", daily("sub-1", site, PASS + ",{\"standardCode\":\"bins-emptied\"}"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("items[1].result");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownItemResultIsA400NamingTheItem() {
        post("/api/inspections", daily("sub-1", site, PASS + ",{\"standardCode\":\"bins\",\"result\":\"MAYBE\"}"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("items[1].result");
    }

    @Test
    void aFailedItemWithoutSeverityIsA400NamingTheItem() {
        post("/api/inspections", daily("sub-1", site, "{\"standardCode\":\"bins\",\"result\":\"FAIL\",\"note\":\"full\"}"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("items[0].severity");
    }

    @Test
    void aSiteIdThatWouldBreakTheMonthKeyIsA400() {
        post("/api/inspections", daily("sub-1", "site:1", PASS))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("unit.siteId");
    }

    @Test
    void aWeeklyInspectionWithoutTheContractorsSiteLeadIsA422() {
        long before = storedEvents();
        post("/api/inspections", daily("sub-1", site, PASS).replace("DAILY", "WEEKLY"))
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:rule-violation")
                .jsonPath("$.errors[0].field").isEqualTo("inspectors");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void retriedInspectionWithTheSameIdempotencyKeyIsRecordedOnce() {
        String body = daily("sub-1", site, PASS);
        String key = "ins-" + site;
        var first = http.post().uri("/api/inspections").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).bodyValue(body).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody(Map.class).returnResult().getResponseBody();
        var second = http.post().uri("/api/inspections").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).bodyValue(body).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theCurrentMonthCannotBeClosedYetAndAMonthWithoutInspectionsDoesNotExist() {
        String inspectionId = record(daily("sub-1", site, PASS)).get("inspectionId").toString();
        InspectionRecorded recorded = recorded(inspectionId);
        awaitEvents(monthOf(recorded), InspectionCounted.class, 1);
        String close = "{\"unit\":{\"subsidiaryId\":\"sub-1\",\"siteId\":\"%s\",\"contractorId\":\"clean-co\"},"
                + "\"month\":\"%s\"}";

        post("/api/quality-months/close", close.formatted(site, recorded.month()))
                .expectStatus().isEqualTo(409);
        post("/api/quality-months/close", close.formatted(site, "2020-01"))
                .expectStatus().isNotFound();
        post("/api/quality-months/close", close.formatted(site, "2026-13"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
    }

    @Test
    void rectifyingAnUnknownCaseIsA404() {
        post("/api/rectifications/RCT-nothing-1/rectify", "{\"rectifiedBy\":\"cleaner-7\"}")
                .expectStatus().isNotFound();
    }
}
