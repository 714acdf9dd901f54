package com.serviceledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.command.testing.TestOrganisation;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.MisconductGrade;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.JointLiabilityCharged;
import com.serviceledger.kernel.scoring.LiabilityRole;
import com.serviceledger.kernel.scoring.Sanction;
import com.serviceledger.kernel.scoring.ScorecardId;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.StaffWarned;
import com.serviceledger.kernel.scoring.WorstDesignationCounted;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import com.serviceledger.kernel.policy.ScoringTerms;
import java.time.Instant;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Staff scoring over real HTTP, against a real database, with the scoring relay running; once per
 * supported database by the subclasses. Each test hires staff of its own, so scorecards never mix.
 */
abstract class ScoringCommandApiContract {

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
    String staff;
    String supervisor;
    String leader;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester")).responseTimeout(PATIENCE).build();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        staff = "staff-" + suffix;
        supervisor = "sup-" + suffix;
        leader = "lead-" + suffix;
    }

    WebTestClient.ResponseSpec post(String uri, String body) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The staff member, their supervisor and their group leader, who are hired first. */
    void hire(String subsidiary) {
        organisation.hire(subsidiary, leader, null, null);
        organisation.hire(subsidiary, supervisor, null, leader);
        post("/api/organisation/staff", """
                {"staffId":"%s","name":"Wang Fang","subsidiaryId":"%s","departmentId":"dept-billing",
                 "supervisorId":"%s","groupLeaderId":"%s"}""".formatted(staff, subsidiary, supervisor, leader))
                .expectStatus().isCreated();
    }

    /** A complaint about the staff member taken through to verification. */
    String verified(String subsidiary, String misconduct, String grade) {
        return verifiedWith(subsidiary, misconduct, grade == null ? "" : ",\"grade\":\"" + grade + "\"");
    }

    /** … verified with these further fields of the verification ({@code ,"behaviour":…}). */
    String verifiedWith(String subsidiary, String misconduct, String fields) {
        String id = post("/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "content":"Rude at the window","demand":"An apology",
                 "target":{"subsidiaryId":"%s","departmentId":"dept-billing","staffId":"%s"},"urgency":"NORMAL"}"""
                .formatted(subsidiary, staff))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("complaintId").toString();
        String head = TestOrganisation.staffOf(subsidiary, "head-1");
        step(id, "forward", "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"%s\"}".formatted(head));
        step(id, "contact", "{\"contactedBy\":\"%s\",\"proposedSolution\":\"Apologise\"}".formatted(head));
        step(id, "handler", "{\"handlerId\":\"%s\"}".formatted(TestOrganisation.staffOf(subsidiary, "handler-3")));
        step(id, "resolve", "{\"resolution\":\"Apologised\"}");
        step(id, "callback", "{\"satisfaction\":3,\"solutionAccepted\":true}");
        step(id, "verify", "{\"responsibleStaffId\":\"%s\",\"misconduct\":\"%s\",\"findings\":\"Rude\"%s}"
                .formatted(staff, misconduct, fields));
        return id;
    }

    void step(String id, String step, String body) {
        post("/api/complaints/" + id + "/" + step, body).expectStatus().isOk();
    }

    List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    <T> List<T> awaitEvents(String aggregateId, Class<T> type, int count) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(payloads(aggregateId)).filteredOn(type::isInstance).hasSizeGreaterThanOrEqualTo(count));
        return payloads(aggregateId).stream().filter(type::isInstance).map(type::cast).toList();
    }

    String cardOf(String staffId, ComplaintVerified verified) {
        return ScorecardId.of(staffId, YearMonth.from(verified.complaintReceivedAt().atZone(ZoneId.of("Asia/Shanghai"))));
    }

    ComplaintVerified verification(String complaintId) {
        return payloads(complaintId).stream().filter(ComplaintVerified.class::isInstance)
                .map(ComplaintVerified.class::cast).findFirst().orElseThrow();
    }

    @Test
    void repeatedVerifiedComplaintsEscalateAndTheSupervisorAnswersJointlyFromTheSecond() {
        hire("sub-1");
        String first = verified("sub-1", "ATTITUDE", null);
        String card = cardOf(staff, verification(first));
        awaitEvents(card, ComplaintScored.class, 1);
        verified("sub-1", "QUARREL", null);

        List<ComplaintScored> scored = awaitEvents(card, ComplaintScored.class, 2);
        assertThat(scored).extracting(ComplaintScored::ordinal, ComplaintScored::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5), org.assertj.core.groups.Tuple.tuple(2, 10));
        assertThat(scored.get(1).supervisorPoints()).isEqualTo(3);
        assertThat(scored.get(1).groupLeaderPoints()).isZero();
        assertThat(scored.get(1).policyVersion()).isEqualTo("default-1");

        JointLiabilityCharged charged = awaitEvents(cardOf(supervisor, verification(first)),
                JointLiabilityCharged.class, 1).getFirst();
        assertThat(charged.role()).isEqualTo(LiabilityRole.SUPERVISOR);
        assertThat(charged.points()).isEqualTo(3);
        assertThat(charged.cause()).contains(staff).contains("2nd");
        assertThat(payloads(cardOf(leader, verification(first)))).isEmpty();
    }

    @Test
    void aSubsidiaryOnTheTieredRuleSetScoresTheListedBehaviourAtTheChosenPointsUnderItsPublishedVersion() {
        String sub = "sub-tier-" + UUID.randomUUID().toString().substring(0, 6);
        organisation.register(sub);
        post("/api/policies/" + sub + "/versions", """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]},
                 "scoring":{"ruleSet":"TIERED_4","attitudePoints":5,"quarrelPoints":10,"escalationStep":5,
                 "supervisorFromCount":2,"supervisorStep":3,"groupLeaderFromCount":3,"groupLeaderStep":3,
                 "worstServiceThreshold":2,"worstServiceFine":500,"dismissalAtDesignation":3,"starBonus":500,
                 "tier1Points":8,"tier2Points":20,"tier2SeverePoints":30}}""").expectStatus().isCreated();
        hire(sub);
        String id = verifiedWith(sub, "QUARREL", ",\"behaviour\":\"ABUSE_OR_VIOLENCE\",\"points\":20");

        ComplaintScored scored = awaitEvents(cardOf(staff, verification(id)), ComplaintScored.class, 1).getFirst();
        assertThat(scored.ruleSet()).isEqualTo(ScoringRuleSet.TIERED_4);
        assertThat(scored.points()).isEqualTo(20);
        assertThat(scored.behaviour()).isEqualTo("ABUSE_OR_VIOLENCE");
        assertThat(scored.grade()).isEqualTo(MisconductGrade.TIER_2);
        assertThat(scored.sanction()).isEqualTo(Sanction.WARNING);
        assertThat(scored.policyVersion()).isEqualTo(sub + "/v1");
    }

    @Test
    void aSubsidiarysConfiguredScoringSettingsApplyUntilItPublishesItsOwn() {
        hire("sub-strict"); // serviceledger.policy.scoring.subsidiaries.sub-strict.attitude-points=8
        String id = verified("sub-strict", "ATTITUDE", null);

        ComplaintScored scored = awaitEvents(cardOf(staff, verification(id)), ComplaintScored.class, 1).getFirst();
        assertThat(scored.points()).isEqualTo(8);
        assertThat(scored.policyVersion()).isEqualTo("default-1");
    }

    @Test
    void theMonthIsClosedOnlyOnceItIsOverAndAMonthWithoutScorecardIsNotFound() {
        hire("sub-1");
        String id = verified("sub-1", "ATTITUDE", null);
        String card = cardOf(staff, verification(id));
        awaitEvents(card, ComplaintScored.class, 1);
        String month = card.substring(card.lastIndexOf(':') + 1);

        post("/api/scorecards/close", "{\"staffId\":\"%s\",\"month\":\"%s\"}".formatted(staff, month))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:out-of-order");
        post("/api/scorecards/close", "{\"staffId\":\"nobody-1\",\"month\":\"2020-01\"}")
                .expectStatus().isNotFound();
    }

    /** A past month of the staff member with this many own verified complaints, as its scorecard recorded them. */
    String pastMonth(String month, int complaints) {
        String card = ScorecardId.of(staff, YearMonth.parse(month));
        Instant at = YearMonth.parse(month).atDay(10).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        eventStore.publish(new GenericDomainEventMessage<>("Scorecard", card, 0, new ScorecardOpened(card, staff,
                month, "Asia/Shanghai", "sub-1", "dept-billing", "default-1", ScoringTerms.defaults())));
        for (int n = 1; n <= complaints; n++) {
            eventStore.publish(new GenericDomainEventMessage<>("Scorecard", card, n, new ComplaintScored(card, staff,
                    month, "CMP-" + month + "-" + n, com.serviceledger.kernel.complaint.MisconductCategory.ATTITUDE,
                    null, n, n * 5, "attitude, " + n + " of the month", null, false, null, 0, null, 0,
                    ScoringRuleSet.ESCALATING_5, "default-1", "Asia/Shanghai", "sub-1", at)));
        }
        return card;
    }

    /** 002 第4篇 4, through HTTP and the event store: criticism and education first, then the sanction. */
    @Test
    void aFirstMonthAtTheThresholdIsWarnedAndTheNextOneAtItIsTheWorstServiceOnTheStaffRecord() {
        String january = pastMonth("2025-01", 2);
        String february = pastMonth("2025-02", 2);

        post("/api/scorecards/close", "{\"staffId\":\"%s\",\"month\":\"2025-01\"}".formatted(staff))
                .expectStatus().isOk();
        assertThat(payloads(january)).filteredOn(StaffWarned.class::isInstance).singleElement()
                .satisfies(w -> assertThat(((StaffWarned) w).standsThroughMonth()).isEqualTo("2026-01"));
        assertThat(payloads(january)).noneMatch(WorstServiceDesignated.class::isInstance);

        post("/api/scorecards/close", "{\"staffId\":\"%s\",\"month\":\"2025-02\"}".formatted(staff))
                .expectStatus().isOk();
        assertThat(payloads(february)).filteredOn(WorstServiceDesignated.class::isInstance).singleElement()
                .satisfies(d -> assertThat(((WorstServiceDesignated) d).warnedMonth()).isEqualTo("2025-01"));
        assertThat(payloads(february)).noneMatch(StaffWarned.class::isInstance);
        assertThat(awaitEvents("SR:" + staff, WorstDesignationCounted.class, 1).getFirst().month())
                .isEqualTo("2025-02");
    }

    @Test
    void aWarningThatAwaitsImprovementForNoMonthIsRefusedNamingItsField() {
        String sub = "sub-warn-" + UUID.randomUUID().toString().substring(0, 6);
        organisation.register(sub);
        post("/api/policies/" + sub + "/versions", """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]},
                 "scoring":{"ruleSet":"ESCALATING_5","attitudePoints":5,"quarrelPoints":10,"escalationStep":5,
                 "supervisorFromCount":2,"supervisorStep":3,"groupLeaderFromCount":3,"groupLeaderStep":3,
                 "worstServiceThreshold":2,"worstServiceFine":500,"dismissalAtDesignation":3,"starBonus":500,
                 "tier1Points":5,"tier2Points":15,"tier2SeverePoints":30,"warningBeforeWorst":true,
                 "warningStandsMonths":0}}""")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("scoring.warningStandsMonths");
    }

    @Test
    void invalidRequestsAre400NamingTheField() {
        post("/api/scorecards/close", "{\"staffId\":\"staff-1\",\"month\":\"2026-13\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("month");
        post("/api/scorecards/stars", "{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept billing\","
                + "\"month\":\"2026-01\",\"staffId\":\"staff-1\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("departmentId");
    }

    @Test
    void aServiceStarWorkedInTheUnitAtTheEndOfTheMonth() {
        hire("sub-1");
        String lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2).toString();
        // hired just now: not in the unit then
        post("/api/scorecards/stars", "{\"subsidiaryId\":\"sub-1\",\"departmentId\":\"dept-billing\","
                + "\"month\":\"%s\",\"staffId\":\"%s\"}".formatted(lastMonth, staff))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:rule-violation");
    }
}
