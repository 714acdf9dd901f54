package com.serviceledger.command.policy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.command.scope.InUnit;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.IncidentPolicy;
import com.serviceledger.kernel.policy.InspectionPolicy;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PublishPolicy;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ServiceRequestPolicy;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** The versions of one subsidiary's policy: each publication is a new, numbered version. */
@Aggregate(cache = "subsidiaryPolicyCache")
public class SubsidiaryPolicy implements InUnit {

    @AggregateIdentifier
    private String policyId;
    private String subsidiaryId;
    private int version;

    protected SubsidiaryPolicy() {
        // for Axon's event sourcing and creation on the first publication
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublishPolicy command, Clock clock) {
        if (!PublishPolicy.policyIdOf(command.subsidiaryId()).equals(command.policyId())) {
            throw new RuleViolation("subsidiaryId", "the policy stream belongs to another subsidiary");
        }
        PolicyPublished published = new PolicyPublished(command.policyId(), command.subsidiaryId(), version + 1,
                command.terms(), clock.instant());
        try {
            ComplaintPolicy.of(published); // the same checks every decision under it will rely on
            ServiceRequestPolicy.of(published);
            ScoringPolicy.of(published);
            IncidentPolicy.of(published);
            if (published.terms().inspection() != null) {
                InspectionPolicy.of(published);
            }
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new RuleViolation("terms", e.getMessage());
        }
        apply(published);
        return version;
    }

    @Override
    public OrgUnit orgUnit() {
        return subsidiaryId == null ? null : OrgUnit.subsidiary(subsidiaryId);
    }

    @EventSourcingHandler
    void on(PolicyPublished event) {
        policyId = event.policyId();
        subsidiaryId = event.subsidiaryId();
        version = event.version();
    }
}
