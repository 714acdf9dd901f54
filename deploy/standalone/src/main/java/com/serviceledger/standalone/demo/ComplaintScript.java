package com.serviceledger.standalone.demo;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.complaint.ArchiveComplaint;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ContactCustomer;
import com.serviceledger.kernel.complaint.DismissComplaint;
import com.serviceledger.kernel.complaint.ForwardComplaint;
import com.serviceledger.kernel.complaint.RecordComplaintOutcome;
import com.serviceledger.kernel.complaint.ReportComplaintResult;
import com.serviceledger.kernel.complaint.ReturnInvestigationResult;
import com.serviceledger.kernel.complaint.ReturnSolution;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.NameComplaintHandler;
import com.serviceledger.kernel.complaint.ReceiveComplaint;
import com.serviceledger.kernel.complaint.RecordCallback;
import com.serviceledger.kernel.complaint.RecordHandlerOnSite;
import com.serviceledger.kernel.complaint.ResolveComplaint;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.kernel.complaint.VerifyComplaint;
import com.serviceledger.kernel.demo.DemoCatalog;
import com.serviceledger.kernel.demo.DemoCatalog.Staff;
import com.serviceledger.kernel.demo.DemoCatalog.Unit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One complaint's plausible life (002 第4篇): most are answered within 30 minutes and resolved within two
 * days, some are late, a few are dismissed as unfounded, a few customers reject the first solution.
 * Deadlines are not planned here: the real timers fire on the simulated clock.
 */
final class ComplaintScript {

    private static final List<String> GRIEVANCES = List.of(
            "The weighbridge ticket was printed twice", "Waited two hours at the gate for loading",
            "The billing window closed early", "Rude answer on the service hotline",
            "Delivered cement bags were torn", "Wrong invoice amount", "Unloading slot was given to another truck",
            "Nobody answered the WeChat message for a day");
    private static final List<String> DEMANDS = List.of("Refund the fee", "An apology", "Deliver again",
            "Correct the invoice", "Explain the delay");

    private final Dice dice;
    private final Timeline timeline;

    ComplaintScript(Dice dice, Timeline timeline) {
        this.dice = dice;
        this.timeline = timeline;
    }

    /** Plans one complaint received on {@code day}; returns the staff member it may end up blamed on. */
    Staff plan(Unit unit, LocalDate day) {
        ZoneId zone = ZoneId.of(unit.timeZone());
        Instant received = dice.officeHours(day, zone);
        Staff staff = dice.pick(unit.frontLine());
        boolean urgent = dice.chance(0.2);
        String id = dice.id("CMP-");
        timeline.at(received, id, new ReceiveComplaint(id, dice.pick(List.of(Channel.values())), DemoCustomers.next(dice),
                dice.pick(GRIEVANCES), dice.pick(DEMANDS),
                new ComplaintTarget(unit.subsidiaryId(), staff.departmentId(), staff.postId(),
                        dice.chance(0.7) ? staff.staffId() : null),
                urgent ? Urgency.URGENT : Urgency.NORMAL));
        if (dice.chance(0.08)) {
            timeline.at(received.plus(dice.minutes(5, 25)), id,
                    new DismissComplaint(id, "The weighing records show the ticket was correct"));
            timeline.at(received.plus(Duration.ofDays(1)), id, new ArchiveComplaint(id));
            return null;
        }
        String head = unit.headOf(staff.departmentId());
        String handler = dice.pick(unit.frontLine()).staffId();
        Instant forwarded = received.plus(dice.minutes(2, 8));
        timeline.at(forwarded, id, new ForwardComplaint(id, staff.departmentId(), head));
        // the department's investigation result, then its solution (001 §3.3): mostly within their working day
        Instant investigated = forwarded.plus(dice.chance(0.85) ? dice.minutes(60, 480) : dice.minutes(1500, 2400));
        timeline.at(investigated, id, new ReturnInvestigationResult(id, "The ticket printer repeated the job"));
        Instant solved = investigated.plus(dice.minutes(30, 600));
        timeline.at(solved, id, new ReturnSolution(id, "Refund the fee and service the printer"));
        if (urgent) {
            timeline.at(received.plus(dice.chance(0.85) ? dice.minutes(3, 9) : dice.minutes(11, 30)), id,
                    new RecordHandlerOnSite(id, handler));
        }
        int contactRoll = dice.weighted(75, 18, 7);
        Instant contacted = received.plus(switch (contactRoll) {
            case 0 -> dice.minutes(10, 29);
            case 1 -> dice.minutes(35, 200);
            default -> dice.minutes(250, 400);
        });
        timeline.at(contacted, id, new ContactCustomer(id, head, "We will look into it and call you back"));
        Instant named = contacted.plus(dice.minutes(5, 30));
        timeline.at(named, id, new NameComplaintHandler(id, handler));
        Instant resolved = received.plus(dice.chance(0.82) ? dice.minutes(180, 2400) : dice.minutes(3000, 5400));
        if (!resolved.isAfter(named)) {
            resolved = named.plus(dice.minutes(30, 90));
        }
        timeline.at(resolved, id, new ResolveComplaint(id, "Settled with the customer"));
        Instant calledBack = callbackAfter(resolved, zone);
        if (dice.chance(0.1)) {
            // the customer does not accept: coordinate further, resolve again, call back again (001 §3.3.4)
            timeline.at(calledBack, id, new RecordCallback(id, dice.between(1, 2), false, "Not solved"));
            timeline.at(calledBack.plus(dice.minutes(10, 60)), id, new ContactCustomer(id, head, "A second proposal"));
            resolved = calledBack.plus(dice.minutes(600, 1800));
            timeline.at(resolved, id, new ResolveComplaint(id, "Settled at the second attempt"));
            calledBack = callbackAfter(resolved, zone);
        }
        timeline.at(calledBack, id, new RecordCallback(id, 1 + dice.weighted(2, 5, 13, 35, 45), true, null));
        // the head reports the result the same day, the operations staff record it (002 第4篇 六)
        Instant reported = calledBack.plus(dice.chance(0.9) ? dice.minutes(10, 120) : dice.minutes(600, 900));
        timeline.at(reported, id, new ReportComplaintResult(id, "Settled; the customer is satisfied"));
        Instant recorded = reported.plus(dice.minutes(30, 300));
        timeline.at(recorded, id, new RecordComplaintOutcome(id, "Settled with the customer",
                1 + dice.weighted(1, 2, 4, 6, 3)));
        Instant verified = later(calledBack, solved).plus(dice.minutes(600, 3000));
        MisconductCategory misconduct = MisconductCategory.values()[dice.weighted(50, 10, 30, 10)];
        boolean blamed = misconduct == MisconductCategory.ATTITUDE || misconduct == MisconductCategory.QUARREL;
        timeline.at(verified, id, new VerifyComplaint(id, blamed ? staff.staffId() : null, misconduct,
                blamed ? "Confirmed by the window's recording" : "No one at fault"));
        timeline.at(later(verified, recorded).plus(dice.minutes(60, 1440)), id, new ArchiveComplaint(id));
        return blamed ? staff : null;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Usually the same local day (the rule), sometimes the next morning. */
    private Instant callbackAfter(Instant resolved, ZoneId zone) {
        Instant endOfDay = resolved.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        Instant sameDay = resolved.plus(dice.minutes(20, 240));
        if (dice.chance(0.9) && sameDay.isBefore(endOfDay)) {
            return sameDay;
        }
        return endOfDay.plus(dice.minutes(540, 660));
    }
}
