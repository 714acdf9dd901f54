package com.serviceledger.standalone.demo;

import com.serviceledger.kernel.demo.DemoCatalog;
import com.serviceledger.kernel.demo.DemoCatalog.Post;
import com.serviceledger.kernel.demo.DemoCatalog.Staff;
import com.serviceledger.kernel.demo.DemoCatalog.Unit;
import com.serviceledger.kernel.inspection.CheckedItem;
import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.InspectionId;
import com.serviceledger.kernel.inspection.InspectionKind;
import com.serviceledger.kernel.inspection.Inspector;
import com.serviceledger.kernel.inspection.InspectorRole;
import com.serviceledger.kernel.inspection.ItemResult;
import com.serviceledger.kernel.inspection.RecordInspection;
import com.serviceledger.kernel.inspection.RecordRectification;
import com.serviceledger.kernel.inspection.Severity;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Quality inspections (002 第3篇): a daily round at one service window, a weekly one with the contractor's
 * site lead on Wednesdays, a monthly one on the month's last day. Items fail now and then; minor
 * non-conformities are usually fixed within the hour, major work orders within their deadline, and some
 * are late. The rectifications themselves are raised by the command side's relay.
 */
final class InspectionScript {

    private final Dice dice;
    private final Timeline timeline;

    InspectionScript(Dice dice, Timeline timeline) {
        this.dice = dice;
        this.timeline = timeline;
    }

    void plan(Unit unit, LocalDate day) {
        ZoneId zone = ZoneId.of(unit.timeZone());
        inspect(unit, day, zone, InspectionKind.DAILY, 5, List.of(dice.chance(0.5) ? InspectorRole.ASSISTANT
                : InspectorRole.FOREMAN), null);
        if (day.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
            inspect(unit, day, zone, InspectionKind.WEEKLY, 8, List.of(InspectorRole.ASSISTANT, InspectorRole.FOREMAN,
                    InspectorRole.CONTRACTOR_SITE_LEAD), contractorOf(unit));
        }
        if (day.equals(day.withDayOfMonth(day.lengthOfMonth()))) {
            inspect(unit, day, zone, InspectionKind.MONTHLY, 12, List.of(InspectorRole.TECHNICAL_DEPARTMENT,
                    InspectorRole.MANAGER, InspectorRole.ASSISTANT, InspectorRole.FOREMAN), null);
        }
    }

    /** The cleaning contractor whose work the weekly round judges (with its site lead). */
    static String contractorOf(Unit unit) {
        return "contractor-" + unit.subsidiaryId();
    }

    private void inspect(Unit unit, LocalDate day, ZoneId zone, InspectionKind kind, int itemCount,
                         List<InspectorRole> roles, String contractor) {
        Post site = dice.pick(unit.posts());
        Instant at = day.atTime(LocalTime.of(dice.between(9, 15), dice.between(0, 59))).atZone(zone).toInstant();
        List<Inspector> inspectors = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            inspectors.add(new Inspector(unit.staff().get(i % unit.staff().size()).staffId(), roles.get(i)));
        }
        Staff responsible = dice.pick(unit.frontLine());
        String id = dice.id("INS-");
        List<CheckedItem> items = new ArrayList<>();
        for (int itemNo = 1; itemNo <= itemCount; itemNo++) {
            String standard = "STD-%02d".formatted(itemNo);
            if (!dice.chance(0.04)) {
                items.add(CheckedItem.pass(standard));
                continue;
            }
            boolean major = dice.chance(0.2);
            Instant workOrderDue = major ? at.plus(Duration.ofDays(2)) : null;
            items.add(new CheckedItem(standard, ItemResult.FAIL, major ? "Scale out of calibration" : "Counter untidy",
                    major ? Severity.MAJOR : Severity.MINOR, responsible.staffId(), workOrderDue));
            Instant fixed = major
                    ? at.plus(dice.chance(0.8) ? dice.minutes(240, 2600) : dice.minutes(3000, 5000))
                    : at.plus(dice.chance(0.85) ? dice.minutes(15, 55) : dice.minutes(70, 200));
            // the item number is its position on the checklist, which the rectification id is derived from
            timeline.at(fixed, id, new RecordRectification(InspectionId.rectificationId(id, itemNo),
                    responsible.staffId(), "Fixed"));
        }
        timeline.at(at, id, new RecordInspection(id, kind,
                new InspectedUnit(unit.subsidiaryId(), site.postId(), contractor), inspectors, items));
    }
}
