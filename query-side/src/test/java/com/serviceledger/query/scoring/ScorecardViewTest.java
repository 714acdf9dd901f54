package com.serviceledger.query.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.policy.ScoringRuleSet;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.JointLiabilityCharged;
import com.serviceledger.kernel.scoring.LiabilityRole;
import com.serviceledger.kernel.scoring.ScorecardClosed;
import com.serviceledger.kernel.scoring.ScorecardCorrected;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.ServiceStarRecorded;
import com.serviceledger.kernel.scoring.StaffWarned;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import com.serviceledger.query.support.AggregateStory;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.InspectionEventLog;
import com.serviceledger.query.support.QuerySideTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/**
 * {@code sq-scorecards} in the real embedded Elasticsearch node: a month in which one staff member was
 * complained about three times (her supervisor and group leader answering jointly) and a colleague was the
 * unit's star; then the same documents after a replay from the first event.
 */
@QuerySideTest
@SuppressWarnings("unchecked")
class ScorecardViewTest {

    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant CLOSE = Instant.parse("2026-04-01T01:00:00Z");
    static final String V = "sub-1/v4";

    private final InspectionEventLog log;
    private final Api api;
    private final EventProcessingConfiguration processing;

    ScorecardViewTest(InspectionEventLog log, Api api, EventProcessingConfiguration processing) {
        this.log = log;
        this.api = api;
        this.processing = processing;
    }

    @Test
    void scorecardsShowDeductionsWithCausesJointLiabilityWorstServiceAndStarAndSurviveAReplay() {
        String sub = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        String staff = "staff-" + sub;
        String sup = "sup-" + sub;
        String lead = "lead-" + sub;
        String star = "star-" + sub;
        String card = "SC:" + staff + ":2026-03";
        String supCard = "SC:" + sup + ":2026-03";
        String leadCard = "SC:" + lead + ":2026-03";
        String starCard = "SC:" + star + ":2026-03";
        ScoringTerms terms = ScoringTerms.defaults();

        var staffStory = AggregateStory.of("Scorecard", card,
                new ScorecardOpened(card, staff, "2026-03", "Asia/Shanghai", sub, "dept-sales", V, terms),
                scored(card, staff, sub, "CMP-1", MisconductCategory.ATTITUDE, 1, 5, null, 0, null, 0),
                scored(card, staff, sub, "CMP-2", MisconductCategory.QUARREL, 2, 10, sup, 3, null, 0),
                scored(card, staff, sub, "CMP-3", MisconductCategory.ATTITUDE, 3, 15, sup, 6, lead, 3),
                new ScorecardClosed(card, staff, "2026-03", 3, 30, 0, 30, true, new BigDecimal("500"), V, CLOSE),
                new WorstServiceDesignated(card, staff, sub, "2026-03", 3, new BigDecimal("500"),
                        staff + " is the worst service of 2026-03", 3, V, CLOSE));
        var supStory = AggregateStory.of("Scorecard", supCard,
                new ScorecardOpened(supCard, sup, "2026-03", "Asia/Shanghai", sub, null, V, terms),
                charged(supCard, sup, staff, "CMP-2", LiabilityRole.SUPERVISOR, 2, 3),
                charged(supCard, sup, staff, "CMP-3", LiabilityRole.SUPERVISOR, 3, 6));
        var leadStory = AggregateStory.of("Scorecard", leadCard,
                new ScorecardOpened(leadCard, lead, "2026-03", "Asia/Shanghai", sub, null, V, terms),
                charged(leadCard, lead, staff, "CMP-3", LiabilityRole.GROUP_LEADER, 3, 3));
        var starStory = AggregateStory.of("Scorecard", starCard,
                new ScorecardOpened(starCard, star, "2026-03", "Asia/Shanghai", sub, "dept-sales", V, terms),
                new ServiceStarRecorded(starCard, star, "2026-03", 2, new BigDecimal("1000"), V, CLOSE));
        log.appendAndAwait(Map.of("scorecards", List.of(staffStory, supStory, leadStory, starStory)));

        Map<String, Object> view = api.json("/api/scorecards/" + card);
        assertThat(view).containsEntry("staffId", staff).containsEntry("subsidiaryId", sub)
                .containsEntry("month", "2026-03").containsEntry("ruleSet", "ESCALATING_5")
                .containsEntry("policyVersion", V).containsEntry("status", "CLOSED")
                .containsEntry("complaintCount", 3).containsEntry("ownPoints", 30).containsEntry("totalPoints", 30)
                .containsEntry("worstService", true).containsEntry("fine", 500);
        assertThat((List<?>) view.get("deductions")).hasSize(3);
        assertThat(((Map<?, ?>) ((List<?>) view.get("deductions")).get(2)).get("cause").toString())
                .contains("3rd of the month");
        Map<String, Object> supView = api.json("/api/scorecards/" + supCard);
        assertThat(supView).containsEntry("jointPoints", 9).containsEntry("totalPoints", 9)
                .containsEntry("complaintCount", 0);
        assertThat((List<?>) supView.get("jointDeductions")).hasSize(2);
        assertThat(api.json("/api/scorecards/" + starCard)).containsEntry("serviceStar", true)
                .containsEntry("consecutiveStarMonths", 2).containsEntry("starBonus", 1000);
        api.get("/api/scorecards/SC:nobody:2026-03").expectStatus().isNotFound();

        await().atMost(ComplaintEventLog.PATIENCE).untilAsserted(() -> {
            assertThat(total("/api/scorecards?subsidiary=" + sub + "&month=2026-03")).isEqualTo(4);
            assertThat(total("/api/scorecards?subsidiary=" + sub + "&worst=true")).isEqualTo(1);
            assertThat(total("/api/scorecards?subsidiary=" + sub + "&star=true")).isEqualTo(1);
            assertThat(total("/api/scorecards?subsidiary=" + sub + "&department=dept-sales")).isEqualTo(2);
            assertThat(total("/api/scorecards?staff=" + sup)).isEqualTo(1);
        });
        api.get("/api/scorecards?month=2026-13").expectStatus().isBadRequest();
        api.get("/api/scorecards?worst=maybe").expectStatus().isBadRequest();

        List<Map<String, Object>> before = List.of(view, supView, api.json("/api/scorecards/" + leadCard),
                api.json("/api/scorecards/" + starCard));
        StreamingEventProcessor processor = processing
                .eventProcessor(ScorecardProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(ComplaintEventLog.PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(List.of(api.json("/api/scorecards/" + card), api.json("/api/scorecards/" + supCard),
                        api.json("/api/scorecards/" + leadCard), api.json("/api/scorecards/" + starCard)))
                        .isEqualTo(before));
    }

    @Test
    void aWarnedMonthShowsItsCriticismAndEducationAndALateVerifiedMonthItsCorrectionAndLateDesignation() {
        String sub = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        String staff = "staff-" + sub;
        String march = "SC:" + staff + ":2026-03";
        String april = "SC:" + staff + ":2026-04";
        ScoringTerms terms = ScoringTerms.defaults();
        Instant late = CLOSE.plus(Duration.ofDays(6));
        var marchStory = AggregateStory.of("Scorecard", march,
                new ScorecardOpened(march, staff, "2026-03", "Asia/Shanghai", sub, "dept-sales", V, terms),
                scored(march, staff, sub, "CMP-1", MisconductCategory.ATTITUDE, 1, 5, null, 0, null, 0),
                scored(march, staff, sub, "CMP-2", MisconductCategory.ATTITUDE, 2, 10, null, 0, null, 0),
                new ScorecardClosed(march, staff, "2026-03", 2, 15, 0, 15, false, BigDecimal.ZERO, V, CLOSE),
                new StaffWarned(march, staff, sub, "2026-03", 2, List.of("1st", "2nd"), "fewer than 2 a month",
                        "2027-03", false, V, CLOSE));
        var aprilStory = AggregateStory.of("Scorecard", april,
                new ScorecardOpened(april, staff, "2026-04", "Asia/Shanghai", sub, "dept-sales", V, terms),
                scored(april, staff, sub, "CMP-3", MisconductCategory.ATTITUDE, 1, 5, null, 0, null, 0),
                new ScorecardClosed(april, staff, "2026-04", 1, 5, 0, 5, false, BigDecimal.ZERO, V, CLOSE),
                scored(april, staff, sub, "CMP-4", MisconductCategory.ATTITUDE, 2, 10, null, 0, null, 0),
                new ScorecardCorrected(april, staff, "2026-04", "CMP-4", "verified after the close", 1, 2, 5, 15, 0,
                        0, 5, 15, V, late),
                new WorstServiceDesignated(april, staff, sub, "2026-04", 2, new BigDecimal("500"), "late notice", 3, V,
                        late, "2026-03", true));
        log.appendAndAwait(Map.of("scorecards", List.of(marchStory, aprilStory)));

        Map<String, Object> marchView = api.json("/api/scorecards/" + march);
        assertThat(marchView).containsEntry("warned", true).containsEntry("worstService", false)
                .containsEntry("fine", 0);
        assertThat((Map<String, Object>) marchView.get("warning")).containsEntry("standsThroughMonth", "2027-03")
                .containsEntry("improvement", "fewer than 2 a month").containsEntry("shortcomings", List.of("1st", "2nd"));
        Map<String, Object> aprilView = api.json("/api/scorecards/" + april);
        assertThat(aprilView).containsEntry("corrected", true).containsEntry("complaintCount", 2)
                .containsEntry("totalPoints", 15).containsEntry("worstService", true).containsEntry("fine", 500)
                .containsEntry("warnedMonth", "2026-03").containsEntry("lateDesignation", true);
        assertThat((List<?>) aprilView.get("corrections")).singleElement().satisfies(c ->
                assertThat((Map<String, Object>) c).containsEntry("complaintCountBefore", 1)
                        .containsEntry("totalPointsAfter", 15).containsEntry("complaintId", "CMP-4"));
        await().atMost(ComplaintEventLog.PATIENCE).untilAsserted(() -> {
            assertThat(total("/api/scorecards?subsidiary=" + sub + "&warned=true")).isEqualTo(1);
            assertThat(total("/api/scorecards?subsidiary=" + sub + "&corrected=true")).isEqualTo(1);
        });
        assertThat(figures("/api/reports/units/" + sub + "?period=month&at=2026-03"))
                .containsEntry("scorecards/criticism and education", 1)
                .containsEntry("scorecards/corrected after the close", 0);
        assertThat(figures("/api/reports/units/" + sub + "?period=month&at=2026-04"))
                .containsEntry("scorecards/criticism and education", 0)
                .containsEntry("scorecards/corrected after the close", 1)
                .containsEntry("scorecards/worst service designations", 1)
                .containsEntry("scorecards/total points", 15);
    }

    private Map<String, Object> figures(String uri) {
        Map<String, Object> byName = new java.util.HashMap<>();
        for (Object figure : (List<?>) api.json(uri).get("figures")) {
            Map<String, Object> f = (Map<String, Object>) figure;
            byName.put(f.get("section") + "/" + f.get("figure"), f.get("value"));
        }
        return byName;
    }

    private long total(String uri) {
        return ((Number) api.json(uri).get("total")).longValue();
    }

    static ComplaintScored scored(String card, String staff, String sub, String complaintId,
                                  MisconductCategory misconduct, int n, int points, String sup, int supPoints,
                                  String lead, int leadPoints) {
        return new ComplaintScored(card, staff, "2026-03", complaintId, misconduct, null, n, points,
                "verified complaint, " + n + (n == 1 ? "st" : n == 2 ? "nd" : "rd") + " of the month", null, false,
                sup, supPoints, lead, leadPoints, ScoringRuleSet.ESCALATING_5, V, "Asia/Shanghai", sub, T);
    }

    static JointLiabilityCharged charged(String card, String who, String staff, String complaintId,
                                         LiabilityRole role, int n, int points) {
        return new JointLiabilityCharged(card, who, "2026-03", complaintId, role, staff, n, points,
                "joint liability for " + staff + "'s complaint " + complaintId, V, T);
    }
}
