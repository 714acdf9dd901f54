package com.serviceledger.standalone.demo;

import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.demo.DemoCatalog.Staff;
import com.serviceledger.kernel.demo.DemoCatalog.Unit;
import com.serviceledger.kernel.improvement.CauseKind;
import com.serviceledger.kernel.improvement.CheckImprovementEffect;
import com.serviceledger.kernel.improvement.CompleteImprovementAction;
import com.serviceledger.kernel.improvement.ImprovementCause;
import com.serviceledger.kernel.improvement.RaiseImprovementAction;
import com.serviceledger.kernel.improvement.ReportImprovementProgress;
import com.serviceledger.kernel.incident.DeclareIncident;
import com.serviceledger.kernel.incident.DrillRating;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanId;
import com.serviceledger.kernel.incident.EvaluateDrill;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.incident.PlanContent;
import com.serviceledger.kernel.incident.PlanDrill;
import com.serviceledger.kernel.incident.PublishEmergencyPlan;
import com.serviceledger.kernel.incident.RecordDrill;
import com.serviceledger.kernel.incident.RecordSupport;
import com.serviceledger.kernel.incident.ReportIncident;
import com.serviceledger.kernel.incident.RequestSupport;
import com.serviceledger.kernel.incident.ResolveIncident;
import com.serviceledger.kernel.incident.ReviewIncident;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Emergency management and improvement (000 §8, 001 §7; 000 §5.4 item 2) for each subsidiary: the system-failure plan
 * published, drilled, evaluated and revised after the drill; then a billing-system failure declared (which
 * activates the plan in force), reported to the superiors, supported, resolved and reviewed; and the improvement
 * action the review calls for, followed to its effect check. Played once, some three weeks before today (or from the
 * first day of a shorter history, whose later steps then stay open as real ones would).
 */
final class EmergencyScript {

    private static final EmergencyKind KIND = EmergencyKind.SYSTEM_FAILURE;
    private static final PlanContent PLAN = new PlanContent(
            "Switch the billing window to the standby system, then call the vendor",
            "The sales head leads; the hotline tells waiting customers", "Standby server in the technical room",
            "Emergency team: sales head, technical department, hotline");

    private final Dice dice;
    private final Timeline timeline;

    /** @param dice its own, so the other scripts plan what they planned before it */
    EmergencyScript(Dice dice, Timeline timeline) {
        this.dice = dice;
        this.timeline = timeline;
    }

    void plan(Unit unit, LocalDate day) {
        ZoneId zone = ZoneId.of(unit.timeZone());
        String planId = EmergencyPlanId.of(unit.subsidiaryId(), KIND);
        String drillId = dice.id("DRL-");
        Instant published = at(day, 9, zone);
        timeline.at(published, planId, new PublishEmergencyPlan(planId, unit.subsidiaryId(), KIND, PLAN, null));
        timeline.at(published.plus(Duration.ofHours(1)), planId,
                new PlanDrill(planId, drillId, at(day.plusDays(2), 10, zone),
                        "Billing system down at the morning peak"));
        timeline.at(at(day.plusDays(2), 12, zone), planId, new RecordDrill(planId, drillId, 9,
                "Failover took 25 minutes; the vendor's number in the plan was outdated"));
        timeline.at(at(day.plusDays(3), 10, zone), planId, new EvaluateDrill(planId, drillId,
                DrillRating.PARTLY_EFFECTIVE, "Keep the vendor's number current; rehearse the failover monthly"));
        timeline.at(at(day.plusDays(3), 15, zone), planId, new PublishEmergencyPlan(planId, unit.subsidiaryId(), KIND,
                new PlanContent(PLAN.procedure() + " (vendor hotline checked monthly)", PLAN.duties(),
                        PLAN.resources(), PLAN.organisation()), drillId));
        incident(unit, day.plusDays(5), zone);
    }

    private void incident(Unit unit, LocalDate day, ZoneId zone) {
        Staff head = unit.staff().get(1);
        Staff clerk = unit.frontLine().stream().filter(s -> head.staffId().equals(s.supervisorId())).findFirst()
                .orElse(head);
        String incidentId = dice.id("INC-");
        Instant declared = at(day, 10, zone);
        timeline.at(declared, incidentId, new DeclareIncident(incidentId,
                new OrgUnit(unit.subsidiaryId(), head.departmentId()), KIND, IncidentSeverity.MAJOR,
                "The billing system is down; trucks queue at the billing window", null));
        timeline.at(declared.plus(Duration.ofMinutes(30)), incidentId, new ReportIncident(incidentId,
                unit.staff().getFirst().staffId(), "Billing down since 10:00, failover under way"));
        timeline.at(declared.plus(Duration.ofMinutes(40)), incidentId, new RequestSupport(incidentId,
                "Technical department", "Two engineers for the failover"));
        timeline.at(declared.plus(Duration.ofMinutes(70)), incidentId, new RecordSupport(incidentId, 1,
                "Two engineers on site at 11:10"));
        timeline.at(declared.plus(Duration.ofHours(3)), incidentId, new ResolveIncident(incidentId,
                "Billing back on the standby system at 13:00"));
        String measure = "Rehearse the billing failover every month";
        timeline.at(at(day.plusDays(2), 10, zone), incidentId, new ReviewIncident(incidentId,
                "The failover had not been rehearsed since the drill", List.of(measure)));
        String actionId = dice.id("IMP-");
        timeline.at(at(day.plusDays(2), 11, zone), actionId, new RaiseImprovementAction(actionId, unit.subsidiaryId(),
                head.departmentId(), new ImprovementCause(CauseKind.INCIDENT_REVIEW, incidentId), measure,
                clerk.staffId(), at(day.plusDays(16), 18, zone)));
        timeline.at(at(day.plusDays(6), 16, zone), actionId, new ReportImprovementProgress(actionId,
                "First rehearsal held; failover in 12 minutes"));
        timeline.at(at(day.plusDays(12), 16, zone), actionId, new CompleteImprovementAction(actionId,
                "Monthly rehearsal in the department's calendar"));
        timeline.at(at(day.plusDays(14), 11, zone), actionId, new CheckImprovementEffect(actionId, true,
                "The second rehearsal kept the failover under 15 minutes", null));
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }
}
