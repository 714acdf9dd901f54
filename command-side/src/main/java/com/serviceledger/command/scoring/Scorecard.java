package com.serviceledger.command.scoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ScoringTerms;
import com.serviceledger.kernel.scoring.ChargeJointLiability;
import com.serviceledger.kernel.scoring.CloseScorecard;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.JointLiabilityCharged;
import com.serviceledger.kernel.scoring.RecordServiceStar;
import com.serviceledger.kernel.scoring.ScoreComplaint;
import com.serviceledger.kernel.scoring.ScorecardClosed;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.ServiceStarRecorded;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One staff member's month of scoring (績效考核), keyed {@code SC:<staffId>:<yyyy-MM>}; the month is the
 * local month in which the complaint was received (the regulation counts complaints "in one month", and a
 * late verification must not move a complaint into another month's count). Opened by its first scored
 * fact under the policy then in force, it counts each complaint and each joint charge once and is closed
 * once the month is over.
 * <p>
 * Facts that arrive after the close are still recorded, but the close and its verdict already issued stand.
 */
@Aggregate(cache = "scorecardCache")
public class Scorecard implements InUnit {

    @AggregateIdentifier
    private String scorecardId;
    private String staffId;
    private YearMonth month;
    private ZoneId zone;
    private String subsidiaryId;
    private String departmentId;
    private String policyVersion;
    private ScoringTerms terms;
    private final Set<String> scoredComplaints = new HashSet<>();
    private final Set<String> jointCharges = new HashSet<>();
    private int ownPoints;
    private int jointPoints;
    private boolean closed;
    private boolean star;

    protected Scorecard() {
        // for Axon's event sourcing, and for opening the month on its first fact
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ScoreComplaint command, PolicyProvider policies, Clock clock) {
        if (!Deduction.costsPoints(command.misconduct())) {
            return; // a service failure or no fault: not the staff member's misconduct (see ScoringRelay)
        }
        var chain = command.chain();
        openIfNew(command.scorecardId(), chain.staffId(), command.month(), command.timeZone(),
                chain.subsidiaryId(), chain.departmentId(), policies);
        if (scoredComplaints.contains(command.complaintId())) {
            return;
        }
        int ordinal = scoredComplaints.size() + 1;
        // the rules in force when the complaint was received; commands sent before they were carried: the month's
        ScoringTerms rules = command.terms() != null ? command.terms() : terms;
        String version = command.terms() != null ? command.policyVersion() : policyVersion;
        Deduction deduction = Deduction.of(rules, command.misconduct(), command.grade(), command.behaviour(),
                command.points(), ordinal);
        int supervisorPoints = chain.supervisorId() == null ? 0
                : Deduction.jointPoints(rules, ordinal, rules.supervisorFromCount(), rules.supervisorStep());
        int groupLeaderPoints = chain.groupLeaderId() == null ? 0
                : Deduction.jointPoints(rules, ordinal, rules.groupLeaderFromCount(), rules.groupLeaderStep());
        apply(new ComplaintScored(scorecardId, staffId, month.toString(), command.complaintId(),
                command.misconduct(), command.grade(), ordinal, deduction.points(), deduction.cause(),
                deduction.sanction(), deduction.dismissalRecommended(),
                supervisorPoints > 0 ? chain.supervisorId() : null, supervisorPoints,
                groupLeaderPoints > 0 ? chain.groupLeaderId() : null, groupLeaderPoints,
                rules.ruleSet(), version, zone.getId(), subsidiaryId, clock.instant(), deduction.behaviour()));
    }

    /** The points were decided on the responsible staff member's card; this card only records them. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChargeJointLiability command, PolicyProvider policies) {
        openIfNew(command.scorecardId(), command.staffId(), command.month(), command.timeZone(),
                command.subsidiaryId(), null, policies);
        String key = command.complaintId() + "/" + command.role();
        if (jointCharges.contains(key)) {
            return;
        }
        String cause = "joint liability as " + command.role().name().toLowerCase().replace('_', ' ') + " for "
                + command.responsibleStaffId() + "'s " + Deduction.ordinal(command.ordinal())
                + " verified complaint of the month (" + command.complaintId() + ")";
        apply(new JointLiabilityCharged(scorecardId, staffId, month.toString(), command.complaintId(),
                command.role(), command.responsibleStaffId(), command.ordinal(), command.points(), cause,
                command.policyVersion(), command.at()));
    }

    /** The star board decided the award; the star's month only shows it. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordServiceStar command, PolicyProvider policies) {
        openIfNew(command.scorecardId(), command.staffId(), command.month(), command.timeZone(),
                command.subsidiaryId(), command.departmentId(), policies);
        if (star) {
            return;
        }
        apply(new ServiceStarRecorded(scorecardId, staffId, month.toString(), command.consecutiveMonths(),
                command.bonus(), command.policyVersion(), command.awardedAt()));
    }

    @CommandHandler
    public void handle(CloseScorecard command, Clock clock) {
        if (closed) {
            throw new OutOfOrder("The scorecard " + scorecardId + " was already closed");
        }
        Instant now = clock.instant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (now.isBefore(monthEnd)) {
            throw new OutOfOrder("The month " + month + " is closed once it is over, from " + monthEnd);
        }
        int complaints = scoredComplaints.size();
        boolean worst = complaints >= terms.worstServiceThreshold();
        BigDecimal fine = worst ? terms.worstServiceFine() : BigDecimal.ZERO;
        apply(new ScorecardClosed(scorecardId, staffId, month.toString(), complaints, ownPoints, jointPoints,
                ownPoints + jointPoints, worst, fine, policyVersion, now));
        if (worst) {
            apply(new WorstServiceDesignated(scorecardId, staffId, subsidiaryId, month.toString(), complaints, fine,
                    staffId + " is the worst service of " + month + ": " + complaints
                            + " verified complaints, fined " + fine.toPlainString() + " yuan",
                    terms.dismissalAtDesignation(), policyVersion, now));
        }
    }

    private void openIfNew(String id, String staff, String monthText, String timeZone, String subsidiary,
                           String department, PolicyProvider policies) {
        if (scorecardId != null) {
            return;
        }
        ScoringPolicy policy = policies.scoringPolicy(subsidiary);
        apply(new ScorecardOpened(id, staff, monthText, timeZone, subsidiary, department, policy.version(),
                policy.terms()));
    }

    @Override
    public OrgUnit orgUnit() {
        return subsidiaryId == null ? null : new OrgUnit(subsidiaryId, departmentId);
    }

    // --- state, from events only ---

    @EventSourcingHandler
    void on(ScorecardOpened event) {
        scorecardId = event.scorecardId();
        staffId = event.staffId();
        month = YearMonth.parse(event.month());
        zone = ZoneId.of(event.timeZone());
        subsidiaryId = event.subsidiaryId();
        departmentId = event.departmentId();
        policyVersion = event.policyVersion();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(ComplaintScored event) {
        scoredComplaints.add(event.complaintId());
        ownPoints += event.points();
    }

    @EventSourcingHandler
    void on(JointLiabilityCharged event) {
        jointCharges.add(event.complaintId() + "/" + event.role());
        jointPoints += event.points();
    }

    @EventSourcingHandler
    void on(ServiceStarRecorded event) {
        star = true;
    }

    @EventSourcingHandler
    void on(ScorecardClosed event) {
        closed = true;
    }
}
