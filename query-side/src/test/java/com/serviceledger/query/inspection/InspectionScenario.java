package com.serviceledger.query.inspection;

import com.serviceledger.kernel.inspection.CheckedItem;
import com.serviceledger.kernel.inspection.EscalationRule;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.InspectionCounted;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.InspectionRecorded;
import com.serviceledger.kernel.inspection.Inspector;
import com.serviceledger.kernel.inspection.InspectorRole;
import com.serviceledger.kernel.inspection.KindFigures;
import com.serviceledger.kernel.inspection.NonConformity;
import com.serviceledger.kernel.inspection.OwnersCommitteeInformed;
import com.serviceledger.kernel.inspection.QualityEscalated;
import com.serviceledger.kernel.inspection.QualityEvaluationRules;
import com.serviceledger.kernel.inspection.QualityMonthEvaluated;
import com.serviceledger.kernel.inspection.QualityMonthId;
import com.serviceledger.kernel.inspection.QualityMonthOpened;
import com.serviceledger.kernel.inspection.RectificationFigures;
import com.serviceledger.kernel.inspection.RectificationOutcome;
import com.serviceledger.kernel.inspection.RectificationOutcomeCounted;
import com.serviceledger.kernel.inspection.RectificationOverdue;
import com.serviceledger.kernel.inspection.RectificationRaised;
import com.serviceledger.kernel.inspection.RectificationRecorded;
import com.serviceledger.kernel.inspection.RectificationWarningRaised;
import com.serviceledger.kernel.inspection.Severity;
import com.serviceledger.query.support.AggregateStory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A realistic month at one site, as the command side records it: four daily rounds each finding a
 * dusty staircase (the fourth escalates), a weekly round finding a blocked drain (a work order), and a
 * clean month-end inspection. Of the staircases one is swept in 59 minutes, one in 61 (late, overdue),
 * one not at all (overdue by the timer), one is still open; the drain is cleared in time. March is then
 * evaluated.
 */
final class InspectionScenario {

    static final BigDecimal PENALTY = new BigDecimal("200");
    /** 10:00 local on Monday 2 March 2026 in Shanghai. */
    static final Instant MARCH_2 = Instant.parse("2026-03-02T02:00:00Z");

    final String site = "site-" + UUID.randomUUID().toString().substring(0, 8);
    final InspectedUnit unit = new InspectedUnit("sub-qa", site, "clean-co");
    final String monthId = QualityMonthId.of(unit, "2026-03");
    final List<String> dailyIds = new ArrayList<>();
    final List<String> dailyCaseIds = new ArrayList<>();
    String weeklyId;
    String weeklyCaseId;
    String monthlyId;
    final List<AggregateStory> inspections = new ArrayList<>();
    final List<AggregateStory> rectifications = new ArrayList<>();
    AggregateStory month;

    static InspectionScenario march() {
        InspectionScenario s = new InspectionScenario();
        s.build();
        return s;
    }

    Map<String, List<AggregateStory>> stories() {
        Map<String, List<AggregateStory>> all = new LinkedHashMap<>();
        all.put("inspections", inspections);
        all.put("rectifications", rectifications);
        all.put("quality-months", List.of(month));
        return all;
    }

    private void build() {
        month = AggregateStory.of("QualityMonth", monthId, new QualityMonthOpened(monthId, unit, "2026-03",
                "Asia/Shanghai", "insp-3", new EscalationRule(4, 2, new BigDecimal("1000")),
                new QualityEvaluationRules(30, 30, 20, 20, new BigDecimal("2"), new BigDecimal("10"),
                        new BigDecimal("80"))));
        for (int day = 0; day < 4; day++) {
            dailyRound(MARCH_2.plus(Duration.ofDays(day)));
        }
        month.then(new QualityEscalated(monthId, unit, "2026-03", InspectionKind.DAILY, 4, dailyIds,
                EscalationRule.REPORTED_TO, new BigDecimal("1000"), MARCH_2.plus(Duration.ofDays(3)), "insp-3"));
        Instant sweptIn59 = MARCH_2.plus(Duration.ofMinutes(59));
        rectifications.get(0).then(new RectificationRecorded(dailyCaseIds.get(0), unit, "2026-03", "cleaner-7",
                "swept", sweptIn59, MARCH_2.plus(Duration.ofHours(1)), true, null));
        month.then(outcome(dailyCaseIds.get(0), RectificationOutcome.RECTIFIED_ON_TIME, null, sweptIn59));
        Instant day2 = MARCH_2.plus(Duration.ofDays(1));
        Instant sweptIn61 = day2.plus(Duration.ofMinutes(61));
        Instant due2 = day2.plus(Duration.ofHours(1));
        rectifications.get(1).then(warning(dailyCaseIds.get(1), Severity.MINOR, due2, day2),
                new RectificationOverdue(dailyCaseIds.get(1), unit, "2026-03", Severity.MINOR, due2, sweptIn61,
                        PENALTY, "insp-3"),
                new OwnersCommitteeInformed(dailyCaseIds.get(1), unit, "stairs-dust-free", due2, PENALTY, sweptIn61),
                new RectificationRecorded(dailyCaseIds.get(1), unit, "2026-03", "cleaner-7", "swept late", sweptIn61,
                        due2, false, Duration.ofMinutes(1)));
        month.then(outcome(dailyCaseIds.get(1), RectificationOutcome.OVERDUE, PENALTY, sweptIn61),
                outcome(dailyCaseIds.get(1), RectificationOutcome.RECTIFIED_LATE, null, sweptIn61));
        Instant day3 = MARCH_2.plus(Duration.ofDays(2));
        Instant due3 = day3.plus(Duration.ofHours(1));
        rectifications.get(2).then(warning(dailyCaseIds.get(2), Severity.MINOR, due3, day3),
                new RectificationOverdue(dailyCaseIds.get(2), unit, "2026-03", Severity.MINOR, due3, due3, PENALTY,
                        "insp-3"),
                new OwnersCommitteeInformed(dailyCaseIds.get(2), unit, "stairs-dust-free", due3, PENALTY, due3));
        month.then(outcome(dailyCaseIds.get(2), RectificationOutcome.OVERDUE, PENALTY, due3));
        weeklyRound(MARCH_2.plus(Duration.ofDays(4)));
        monthlyRound(Instant.parse("2026-03-31T06:00:00Z"));
        month.then(new QualityMonthEvaluated(monthId, unit, "2026-03",
                new KindFigures(4, 4, 40, 4, new BigDecimal("0.9000")),
                new KindFigures(1, 1, 20, 1, new BigDecimal("0.9500")),
                new KindFigures(1, 0, 40, 0, new BigDecimal("1.0000")),
                new RectificationFigures(5, 2, 1, 2, 2, new BigDecimal("0.4000"), new BigDecimal("400")),
                true, new BigDecimal("1400"), new BigDecimal("69.5"), new BigDecimal("80"), false,
                Instant.parse("2026-04-01T01:00:00Z"), "insp-3"));
    }

    private void dailyRound(Instant at) {
        String id = "INS-" + UUID.randomUUID();
        String caseId = "RCT-" + id + "-2";
        Instant due = at.plus(Duration.ofHours(1));
        List<CheckedItem> items = new ArrayList<>();
        items.add(CheckedItem.pass("floor-clean"));
        items.add(new CheckedItem("stairs-dust-free", com.serviceledger.kernel.inspection.ItemResult.FAIL,
                "dust on stairs B", Severity.MINOR, "cleaner-7", null));
        for (int i = 3; i <= 10; i++) {
            items.add(CheckedItem.pass("standard-" + i));
        }
        NonConformity found = new NonConformity(caseId, 2, "stairs-dust-free", Severity.MINOR, "dust on stairs B",
                "cleaner-7", due, at.plus(Duration.ofMinutes(48)), PENALTY);
        List<Inspector> team = List.of(new Inspector("assistant-1", InspectorRole.ASSISTANT));
        inspections.add(AggregateStory.of("Inspection", id, new InspectionRecorded(id, InspectionKind.DAILY, unit,
                team, items, List.of(found), at, "Asia/Shanghai", "2026-03", "insp-3")));
        rectifications.add(AggregateStory.of("Rectification", caseId, raised(id, InspectionKind.DAILY, found, at)));
        month.then(new InspectionCounted(monthId, id, InspectionKind.DAILY, 10, 1, at));
        dailyIds.add(id);
        dailyCaseIds.add(caseId);
    }

    private void weeklyRound(Instant at) {
        weeklyId = "INS-" + UUID.randomUUID();
        weeklyCaseId = "RCT-" + weeklyId + "-1";
        Instant due = at.plus(Duration.ofDays(2));
        List<CheckedItem> items = new ArrayList<>();
        items.add(new CheckedItem("drains-clear", com.serviceledger.kernel.inspection.ItemResult.FAIL,
                "drain at the gate blocked", Severity.MAJOR, null, due));
        for (int i = 2; i <= 20; i++) {
            items.add(CheckedItem.pass("standard-" + i));
        }
        NonConformity found = new NonConformity(weeklyCaseId, 1, "drains-clear", Severity.MAJOR,
                "drain at the gate blocked", null, due, at.plus(Duration.ofMinutes(2304)), PENALTY);
        List<Inspector> team = List.of(new Inspector("assistant-1", InspectorRole.ASSISTANT),
                new Inspector("foreman-1", InspectorRole.FOREMAN),
                new Inspector("clean-co-lead", InspectorRole.CONTRACTOR_SITE_LEAD));
        inspections.add(AggregateStory.of("Inspection", weeklyId, new InspectionRecorded(weeklyId,
                InspectionKind.WEEKLY, unit, team, items, List.of(found), at, "Asia/Shanghai", "2026-03", "insp-3")));
        Instant cleared = at.plus(Duration.ofDays(1));
        rectifications.add(AggregateStory.of("Rectification", weeklyCaseId,
                raised(weeklyId, InspectionKind.WEEKLY, found, at),
                new RectificationRecorded(weeklyCaseId, unit, "2026-03", "clean-co-lead", "drain cleared", cleared,
                        due, true, null)));
        month.then(new InspectionCounted(monthId, weeklyId, InspectionKind.WEEKLY, 20, 1, at),
                outcome(weeklyCaseId, RectificationOutcome.RECTIFIED_ON_TIME, null, cleared));
    }

    private void monthlyRound(Instant at) {
        monthlyId = "INS-" + UUID.randomUUID();
        List<CheckedItem> items = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            items.add(CheckedItem.pass("standard-" + i));
        }
        List<Inspector> team = List.of(new Inspector("tech-1", InspectorRole.TECHNICAL_DEPARTMENT),
                new Inspector("manager-1", InspectorRole.MANAGER), new Inspector("assistant-1", InspectorRole.ASSISTANT),
                new Inspector("foreman-1", InspectorRole.FOREMAN));
        inspections.add(AggregateStory.of("Inspection", monthlyId, new InspectionRecorded(monthlyId,
                InspectionKind.MONTHLY, unit, team, items, List.of(), at, "Asia/Shanghai", "2026-03", "insp-3")));
        month.then(new InspectionCounted(monthId, monthlyId, InspectionKind.MONTHLY, 40, 0, at));
    }

    private RectificationRaised raised(String inspectionId, InspectionKind kind, NonConformity found, Instant at) {
        return new RectificationRaised(found.rectificationId(), inspectionId, kind, unit, "2026-03", "Asia/Shanghai",
                found.itemNo(), found.standardCode(), found.severity(), found.note(), found.responsibleStaffId(), at,
                found.dueAt(), found.warningAt(), found.overduePenalty(), "insp-3");
    }

    private static RectificationWarningRaised warning(String caseId, Severity severity, Instant due, Instant raised) {
        return new RectificationWarningRaised(caseId, severity, due, raised.plus(Duration.ofMinutes(48)));
    }

    private RectificationOutcomeCounted outcome(String caseId, RectificationOutcome outcome, BigDecimal penalty,
                                                Instant at) {
        return new RectificationOutcomeCounted(monthId, caseId, outcome, penalty, at);
    }
}
