package com.serviceledger.command.scoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.AlreadyExists;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.scoring.NominateServiceStar;
import com.serviceledger.kernel.scoring.ServiceStarAwarded;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A unit's service stars (服務明星), keyed {@code STAR:<subsidiary>:<department>}: "各單位評出服務明星一名
 * (沒有按空額對待)… 連續被評為服務明星的按連續次數乘500獎勵,中斷後重新累計".
 * <ul>
 * <li>The unit is a department of a subsidiary; its manager names at most one star a month, once the
 * month is over, and months are named in order (a month left out had no star).</li>
 * <li>The star worked in the unit at the end of the month and had no verified complaint costing points in
 * it.</li>
 * <li>The bonus is the policy's star bonus × the consecutive months the same person was the unit's star;
 * a month without the star (another star, or none) restarts the count.</li>
 * </ul>
 */
@Aggregate(cache = "starBoardCache")
public class StarBoard implements InUnit {

    @AggregateIdentifier
    private String starBoardId;
    private String subsidiaryId;
    private String departmentId;
    private YearMonth lastMonth;
    private String lastStar;
    private int consecutive;

    protected StarBoard() {
        // for Axon's event sourcing, and for creation on the first nomination
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(NominateServiceStar command, PolicyProvider policies, Clock clock, Directory directory,
                       ScoredComplaints scored) {
        ScoringPolicy policy = policies.scoringPolicy(command.subsidiaryId());
        YearMonth month = YearMonth.parse(command.month());
        Instant now = clock.instant();
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(policy.zone()).toInstant();
        if (now.isBefore(monthEnd)) {
            throw new OutOfOrder("The service star of " + month + " is named once the month is over, from "
                    + monthEnd);
        }
        if (month.equals(lastMonth)) {
            throw new AlreadyExists("month", "The unit's service star of " + month + " is " + lastStar);
        }
        if (lastMonth != null && month.isBefore(lastMonth)) {
            throw new OutOfOrder("The unit named its star of " + lastMonth + " already; months are named in order");
        }
        Optional<StaffChain> chain = directory.chainOf(command.staffId(), monthEnd.minusMillis(1));
        if (chain.isEmpty() || !command.subsidiaryId().equals(chain.get().subsidiaryId())
                || !command.departmentId().equals(chain.get().departmentId())) {
            throw new RuleViolation("staffId", command.staffId() + " did not work in the unit at the end of " + month);
        }
        if (scored.in(command.staffId(), month) > 0) {
            throw new RuleViolation("staffId", command.staffId() + " had verified complaints in " + month);
        }
        boolean continues = command.staffId().equals(lastStar) && month.minusMonths(1).equals(lastMonth);
        int months = continues ? consecutive + 1 : 1;
        BigDecimal bonus = policy.terms().starBonus().multiply(BigDecimal.valueOf(months));
        apply(new ServiceStarAwarded(command.starBoardId(), command.subsidiaryId(), command.departmentId(),
                month.toString(), command.staffId(), months, bonus, policy.version(), now));
    }

    @Override
    public OrgUnit orgUnit() {
        return subsidiaryId == null ? null : new OrgUnit(subsidiaryId, departmentId);
    }

    @EventSourcingHandler
    void on(ServiceStarAwarded event) {
        starBoardId = event.starBoardId();
        subsidiaryId = event.subsidiaryId();
        departmentId = event.departmentId();
        lastMonth = YearMonth.parse(event.month());
        lastStar = event.staffId();
        consecutive = event.consecutiveMonths();
    }
}
