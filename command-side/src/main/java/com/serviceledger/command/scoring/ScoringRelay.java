package com.serviceledger.command.scoring;

import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.scoring.ChargeJointLiability;
import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.CountWorstDesignation;
import com.serviceledger.kernel.scoring.LiabilityRole;
import com.serviceledger.kernel.scoring.RecordServiceStar;
import com.serviceledger.kernel.scoring.ScoreComplaint;
import com.serviceledger.kernel.scoring.ServiceStarAwarded;
import com.serviceledger.kernel.scoring.ScorecardId;
import com.serviceledger.kernel.scoring.StaffRecordId;
import com.serviceledger.kernel.scoring.WorstServiceDesignated;
import java.time.YearMonth;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries scoring facts to the aggregates that act on them: a verified complaint to its staff member's
 * month, the joint liability it caused to the supervisor's and group leader's months, a worst designation
 * to the staff member's history, a unit's service star to the star's month. Stateless; delivery is at least once, and every command is idempotent
 * (keyed by complaint id, complaint and role, or month).
 * <p>
 * Not scored: complaints verified as a service failure or nobody's fault (第5篇 prices attitude and
 * quarrels, i.e. personal misconduct), and staff the directory did not know when the complaint was
 * received (no unit, so no policy, month or chain to score them under).
 * <p>
 * A complaint is scored under the scoring rules in force when it was received (issue 19: "the rules in force when
 * each complaint was received apply to it"): the relay looks that version up and the command carries it.
 */
@Component
@ProcessingGroup(ScoringRelay.PROCESSING_GROUP)
class ScoringRelay {

    static final String PROCESSING_GROUP = "scoring-relay";
    private static final Logger log = LoggerFactory.getLogger(ScoringRelay.class);

    private final CommandGateway commands;
    private final PolicyProvider policies;

    ScoringRelay(CommandGateway commands, PolicyProvider policies) {
        this.commands = commands;
        this.policies = policies;
    }

    @EventHandler
    void on(ComplaintVerified event) {
        if (!Deduction.costsPoints(event.misconduct()) || event.responsibleStaffId() == null) {
            return;
        }
        if (event.responsibleChain() == null) {
            log.warn("Complaint {} names {}, unknown to the directory when it was received: not scored",
                    event.complaintId(), event.responsibleStaffId());
            return;
        }
        ScoringPolicy policy = policies.scoringPolicyAt(event.responsibleChain().subsidiaryId(),
                event.complaintReceivedAt());
        YearMonth month = policy.monthOf(event.complaintReceivedAt());
        commands.sendAndWait(new ScoreComplaint(ScorecardId.of(event.responsibleStaffId(), month), month.toString(),
                policy.zone().getId(), event.responsibleChain(), event.complaintId(), event.misconduct(),
                event.grade(), event.complaintReceivedAt(), event.verifiedAt(), event.behaviour(), event.points(),
                policy.version(), policy.terms()));
    }

    @EventHandler
    void on(ComplaintScored event) {
        charge(event, LiabilityRole.SUPERVISOR, event.supervisorId(), event.supervisorPoints());
        charge(event, LiabilityRole.GROUP_LEADER, event.groupLeaderId(), event.groupLeaderPoints());
    }

    @EventHandler
    void on(WorstServiceDesignated event) {
        commands.sendAndWait(new CountWorstDesignation(StaffRecordId.of(event.staffId()), event.staffId(),
                event.scorecardId(), event.month(), event.dismissalAtDesignation(), event.policyVersion(),
                event.designatedAt()));
    }

    @EventHandler
    void on(ServiceStarAwarded event) {
        YearMonth month = YearMonth.parse(event.month());
        commands.sendAndWait(new RecordServiceStar(ScorecardId.of(event.staffId(), month), event.staffId(),
                event.month(), policies.scoringPolicy(event.subsidiaryId()).zone().getId(), event.subsidiaryId(),
                event.departmentId(), event.consecutiveMonths(), event.bonus(), event.policyVersion(),
                event.awardedAt()));
    }

    private void charge(ComplaintScored event, LiabilityRole role, String staffId, int points) {
        if (staffId == null || points == 0) {
            return;
        }
        YearMonth month = YearMonth.parse(event.month());
        commands.sendAndWait(new ChargeJointLiability(ScorecardId.of(staffId, month), staffId, event.month(),
                event.timeZone(), event.subsidiaryId(), event.complaintId(), role, event.staffId(), event.ordinal(),
                points, event.policyVersion(), event.scoredAt()));
    }
}
