package com.serviceledger.command.scoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.serviceledger.kernel.scoring.CountWorstDesignation;
import com.serviceledger.kernel.scoring.DismissalRecommended;
import com.serviceledger.kernel.scoring.WorstDesignationCounted;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A staff member's scoring history across months, keyed {@code SR:<staffId>}: "累計三次評為服務最差的,
 * 予以辭退" — the worst designations add up over the whole history (not consecutive months), and the
 * third (policy) and every later one recommends dismissal to management.
 */
@Aggregate(cache = "staffRecordCache")
public class StaffRecord {

    @AggregateIdentifier
    private String staffRecordId;
    private final Set<String> designatedMonths = new HashSet<>();

    protected StaffRecord() {
        // for Axon's event sourcing, and for creation on the first designation
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CountWorstDesignation command) {
        if (designatedMonths.contains(command.scorecardId())) {
            return;
        }
        int designations = designatedMonths.size() + 1;
        apply(new WorstDesignationCounted(command.staffRecordId(), command.staffId(), command.scorecardId(),
                command.month(), designations, command.designatedAt()));
        if (designations >= command.dismissalAtDesignation()) {
            apply(new DismissalRecommended(staffRecordId, command.staffId(), command.month(),
                    Deduction.ordinal(designations) + " worst service designation", designations,
                    command.policyVersion(), command.designatedAt()));
        }
    }

    @EventSourcingHandler
    void on(WorstDesignationCounted event) {
        staffRecordId = event.staffRecordId();
        designatedMonths.add(event.scorecardId());
    }
}
