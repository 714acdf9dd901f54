package com.serviceledger.command.satisfaction;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.kernel.common.RuleViolation;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.satisfaction.RatingRecorded;
import com.serviceledger.kernel.satisfaction.RecordRating;
import com.serviceledger.platform.privacy.CustomerVault;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One satisfaction score from a source outside the cases (000 §5.2.1): recorded once, never changed. */
@Aggregate(cache = "satisfactionRatingCache")
public class SatisfactionRating {

    @AggregateIdentifier
    private String ratingId;

    protected SatisfactionRating() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public SatisfactionRating(RecordRating command, Clock clock, PolicyProvider policies, CustomerVault vault) {
        if (command.score() < 1 || command.score() > 5) {
            throw new RuleViolation("score", "satisfaction is scored 1 to 5");
        }
        // the subsidiary's zone, so the rating falls in the right local month
        String zone = policies.complaintPolicy(command.unit().subsidiaryId()).zone().getId();
        // a rating names no customer: a phone, an e-mail or an ID-card number typed into its comment is dropped
        String comment = vault.protectText(command.comment(), null, command.unit().subsidiaryId());
        apply(new RatingRecorded(command.ratingId(), command.source(), command.unit(), command.channel(),
                command.caseId(), command.score(), comment, clock.instant(), zone));
    }

    @EventSourcingHandler
    void on(RatingRecorded event) {
        ratingId = event.ratingId();
    }
}
