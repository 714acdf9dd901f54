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
import com.serviceledger.kernel.scoring.ScorecardCorrected;
import com.serviceledger.kernel.scoring.ScorecardOpened;
import com.serviceledger.kernel.scoring.ServiceStarRecorded;
import com.serviceledger.kernel.scoring.StaffWarned;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
 * The month's verdict (002 第4篇 4): at the worst service threshold, criticism and education first
 * ({@link StaffWarned}) when the policy asks for it and no earlier warning stands; the worst designation when one
 * does (no improvement) or the policy asks for no warning. One verdict per month.
 * <p>
 * A complaint verified after the close still counts for its month: the close stands, a {@link ScorecardCorrected}
 * states the totals before and after, and the verdict the corrected count calls for follows, marked late.
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
    /** The causes of the month's own deductions, in order: the shortcomings a warning points out. */
    private final List<String> causes = new ArrayList<>();
    /** Warned or designated: the month has its verdict. */
    private boolean judged;

    protected Scorecard() {
        // for Axon's event sourcing, and for opening the month on its first fact
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ScoreComplaint command, PolicyProvider policies, Warnings warnings, Clock clock) {
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
        Totals before = totals();
        apply(new ComplaintScored(scorecardId, staffId, month.toString(), command.complaintId(),
                command.misconduct(), command.grade(), ordinal, deduction.points(), deduction.cause(),
                deduction.sanction(), deduction.dismissalRecommended(),
                supervisorPoints > 0 ? chain.supervisorId() : null, supervisorPoints,
                groupLeaderPoints > 0 ? chain.groupLeaderId() : null, groupLeaderPoints,
                rules.ruleSet(), version, zone.getId(), subsidiaryId, clock.instant(), deduction.behaviour()));
        if (closed) {
            correct(before, command.complaintId(), "complaint " + command.complaintId()
                    + " verified after the month was closed", clock.instant());
            Verdict verdict = verdict(warnings);
            issue(verdict, clock.instant(), true);
        }
    }

    /** The points were decided on the responsible staff member's card; this card only records them. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChargeJointLiability command, PolicyProvider policies, Clock clock) {
        openIfNew(command.scorecardId(), command.staffId(), command.month(), command.timeZone(),
                command.subsidiaryId(), null, policies);
        String key = command.complaintId() + "/" + command.role();
        if (jointCharges.contains(key)) {
            return;
        }
        String cause = "joint liability as " + command.role().name().toLowerCase().replace('_', ' ') + " for "
                + command.responsibleStaffId() + "'s " + Deduction.ordinal(command.ordinal())
                + " verified complaint of the month (" + command.complaintId() + ")";
        Totals before = totals();
        apply(new JointLiabilityCharged(scorecardId, staffId, month.toString(), command.complaintId(),
                command.role(), command.responsibleStaffId(), command.ordinal(), command.points(), cause,
                command.policyVersion(), command.at()));
        if (closed) {
            correct(before, command.complaintId(), cause + ", charged after the month was closed", clock.instant());
        }
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
    public void handle(CloseScorecard command, Warnings warnings, Clock clock) {
        if (closed) {
            throw new OutOfOrder("The scorecard " + scorecardId + " was already closed");
        }
        Instant now = clock.instant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (now.isBefore(monthEnd)) {
            throw new OutOfOrder("The month " + month + " is closed once it is over, from " + monthEnd);
        }
        int complaints = scoredComplaints.size();
        Verdict verdict = verdict(warnings);
        boolean worst = verdict instanceof Verdict.Worst;
        BigDecimal fine = worst ? terms.worstServiceFine() : BigDecimal.ZERO;
        apply(new ScorecardClosed(scorecardId, staffId, month.toString(), complaints, ownPoints, jointPoints,
                ownPoints + jointPoints, worst, fine, policyVersion, now));
        issue(verdict, now, false);
    }

    /** What the month's count calls for now: nothing, criticism and education, or the worst designation. */
    private sealed interface Verdict {
        record None() implements Verdict {
        }

        record Warn() implements Verdict {
        }

        /** {@code warnedMonth} null when the policy asks for no warning first. */
        record Worst(String warnedMonth) implements Verdict {
        }
    }

    private Verdict verdict(Warnings warnings) {
        if (judged || scoredComplaints.size() < terms.worstServiceThreshold()) {
            return new Verdict.None();
        }
        if (!terms.warningBeforeWorst()) {
            return new Verdict.Worst(null);
        }
        Optional<YearMonth> warned = warnings.standingBefore(staffId, month, terms.warningStandsMonths());
        return warned.<Verdict>map(earlier -> new Verdict.Worst(earlier.toString())).orElseGet(Verdict.Warn::new);
    }

    private void issue(Verdict verdict, Instant now, boolean late) {
        int complaints = scoredComplaints.size();
        switch (verdict) {
            case Verdict.None none -> {
            }
            case Verdict.Warn warn -> {
                String through = month.plusMonths(terms.warningStandsMonths()).toString();
                apply(new StaffWarned(scorecardId, staffId, subsidiaryId, month.toString(), complaints, causes,
                        "fewer than " + terms.worstServiceThreshold() + " verified complaints in every month through "
                                + through + "; another month with " + terms.worstServiceThreshold()
                                + " is the worst service",
                        through, late, policyVersion, now));
            }
            case Verdict.Worst worst -> {
                BigDecimal fine = terms.worstServiceFine();
                String after = worst.warnedMonth() == null ? ""
                        : " after criticism and education for " + worst.warnedMonth();
                String lateNote = late ? " (designated late: a complaint verified after the month was closed)" : "";
                apply(new WorstServiceDesignated(scorecardId, staffId, subsidiaryId, month.toString(), complaints,
                        fine, staffId + " is the worst service of " + month + ": " + complaints
                                + " verified complaints" + after + ", fined " + fine.toPlainString() + " yuan" + lateNote,
                        terms.dismissalAtDesignation(), policyVersion, now, worst.warnedMonth(), late));
            }
        }
    }

    /** The month's figures, to state a correction's before and after. */
    private record Totals(int complaints, int own, int joint) {
    }

    private Totals totals() {
        return new Totals(scoredComplaints.size(), ownPoints, jointPoints);
    }

    private void correct(Totals before, String complaintId, String reason, Instant now) {
        apply(new ScorecardCorrected(scorecardId, staffId, month.toString(), complaintId, reason,
                before.complaints(), scoredComplaints.size(), before.own(), ownPoints, before.joint(), jointPoints,
                before.own() + before.joint(), ownPoints + jointPoints, policyVersion, now));
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
        causes.add(event.cause());
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

    @EventSourcingHandler
    void on(StaffWarned event) {
        judged = true;
    }

    @EventSourcingHandler
    void on(WorstServiceDesignated event) {
        judged = true;
    }
}
