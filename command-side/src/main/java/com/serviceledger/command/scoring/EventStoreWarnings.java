package com.serviceledger.command.scoring;

import com.serviceledger.kernel.scoring.ScorecardId;
import com.serviceledger.kernel.scoring.StaffWarned;
import java.time.YearMonth;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads the staff member's earlier months from the event store, the command side's source of truth: a warning is
 * on its month's own stream, so it counts the moment it is given, without waiting for any processor.
 */
@Component
class EventStoreWarnings implements Warnings {

    private final EventStore eventStore;

    EventStoreWarnings(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<YearMonth> standingBefore(String staffId, YearMonth month, int months) {
        for (int back = 1; back <= months; back++) {
            YearMonth earlier = month.minusMonths(back);
            boolean warned = eventStore.readEvents(ScorecardId.of(staffId, earlier)).asStream()
                    .anyMatch(event -> event.getPayload() instanceof StaffWarned);
            if (warned) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }
}
