package com.serviceledger.standalone.demo;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.demo.DemoCatalog;
import com.serviceledger.kernel.demo.DemoCatalog.Staff;
import com.serviceledger.kernel.demo.DemoCatalog.Unit;
import com.serviceledger.kernel.servicerequest.AcceptDelivery;
import com.serviceledger.kernel.servicerequest.AnnounceDelay;
import com.serviceledger.kernel.servicerequest.AssessServiceRequest;
import com.serviceledger.kernel.servicerequest.AssignServiceRequest;
import com.serviceledger.kernel.servicerequest.CloseServiceRequest;
import com.serviceledger.kernel.servicerequest.DeliverService;
import com.serviceledger.kernel.servicerequest.Difficulty;
import com.serviceledger.kernel.servicerequest.PlanService;
import com.serviceledger.kernel.servicerequest.ReceiveServiceRequest;
import com.serviceledger.kernel.servicerequest.RecordMaterialsReceived;
import com.serviceledger.kernel.servicerequest.RecordSatisfaction;
import com.serviceledger.kernel.servicerequest.RejectDelivery;
import com.serviceledger.kernel.servicerequest.ReportProgress;
import com.serviceledger.kernel.servicerequest.RequestMaterials;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServiceRequestTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One service request's plausible life (001 §3.1–3.2): mostly answered within the response target and
 * delivered on time; some need materials, some announce a delay in time (or too late), some are delivered
 * late, a few deliveries are rejected and redone. Late work earns lower survey scores.
 */
final class ServiceRequestScript {

    private static final List<String> TOPICS = List.of("Price list for bulk cement", "Help with the delivery contract",
            "Special loading slot at night", "Copy of last month's invoices", "Change of the delivery address",
            "Certificate of the cement grade");

    private final Dice dice;
    private final Timeline timeline;

    ServiceRequestScript(Dice dice, Timeline timeline) {
        this.dice = dice;
        this.timeline = timeline;
    }

    void plan(Unit unit, LocalDate day) {
        ZoneId zone = ZoneId.of(unit.timeZone());
        Instant at = dice.officeHours(day, zone);
        Staff assignee = dice.pick(unit.frontLine());
        ServiceCategory category = ServiceCategory.values()[dice.weighted(45, 30, 10, 15)];
        String id = dice.id("SRQ-");
        timeline.at(at, id, new ReceiveServiceRequest(id, dice.pick(List.of(Channel.values())), DemoCustomers.next(dice),
                category, dice.pick(TOPICS),
                new ServiceRequestTarget(unit.subsidiaryId(), assignee.departmentId(), assignee.postId())));
        if (dice.chance(0.1)) {
            // every missing item at once (一次性告知)
            at = at.plus(dice.minutes(5, 25));
            timeline.at(at, id, new RequestMaterials(id, List.of("Copy of the business licence", "Signed contract page")));
            at = at.plus(dice.minutes(60, 1440));
            timeline.at(at, id, new RecordMaterialsReceived(id));
            at = at.plus(dice.minutes(5, 25));
        } else {
            at = at.plus(dice.chance(0.87) ? dice.minutes(3, 28) : dice.minutes(35, 120));
        }
        timeline.at(at, id, new AssignServiceRequest(id, assignee.staffId()));
        at = at.plus(dice.minutes(10, 60));
        timeline.at(at, id, new AssessServiceRequest(id, "Routine", Difficulty.values()[dice.weighted(60, 30, 10)],
                "One clerk"));
        at = at.plus(dice.minutes(10, 60));
        Duration allowed = switch (category) {
            case INFORMATION -> Duration.ofHours(4);
            case SPECIAL_NEED -> Duration.ofDays(3);
            default -> Duration.ofDays(1);
        };
        Instant due = at.plus(allowed);
        timeline.at(at, id, new PlanService(id, "Answer the customer", List.of("Prepare", "Deliver"),
                assignee.staffId(), due));
        Instant progress = at.plus(allowed.dividedBy(3));
        timeline.at(progress, id, new ReportProgress(id, "Under way"));
        Instant deadline = due;
        Instant workFrom = progress;
        boolean late = dice.chance(0.15);
        int delayRoll = dice.weighted(87, 10, 3);
        if (delayRoll == 1) {
            deadline = due.plus(Duration.ofDays(1));
            workFrom = due.minus(allowed.dividedBy(4));
            timeline.at(workFrom, id, new AnnounceDelay(id, "Waiting for the plant", deadline));
        } else if (delayRoll == 2) {
            // announced after the due time: the due time in force does not move (提前告知), so it is late
            workFrom = due.plus(dice.minutes(20, 60));
            late = true;
            timeline.at(workFrom, id, new AnnounceDelay(id, "Waiting for the plant", due.plus(Duration.ofDays(1))));
        }
        Instant delivered = late
                ? (workFrom.isAfter(deadline) ? workFrom : deadline).plus(dice.minutes(30, 1800))
                : workFrom.plus(Duration.between(workFrom, deadline).multipliedBy(dice.between(30, 90)).dividedBy(100));
        timeline.at(delivered, id, new DeliverService(id, "Done"));
        if (dice.chance(0.08)) {
            Instant rejected = delivered.plus(dice.minutes(60, 480));
            timeline.at(rejected, id, new RejectDelivery(id, List.of("Incomplete")));
            delivered = rejected.plus(dice.minutes(240, 1440));
            late = true;
            timeline.at(delivered, id, new DeliverService(id, "Completed"));
        }
        Instant accepted = delivered.plus(dice.minutes(30, 480));
        timeline.at(accepted, id, new AcceptDelivery(id));
        int score = 1 + (late ? dice.weighted(5, 15, 30, 30, 20) : dice.weighted(1, 4, 10, 30, 55));
        Instant surveyed = accepted.plus(dice.minutes(10, 240));
        timeline.at(surveyed, id, new RecordSatisfaction(id, score, score >= 4 ? "Good" : "Too slow"));
        timeline.at(surveyed.plus(dice.minutes(5, 60)), id, new CloseServiceRequest(id));
    }
}
