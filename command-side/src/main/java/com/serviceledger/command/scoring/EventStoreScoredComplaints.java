package com.serviceledger.command.scoring;

import com.serviceledger.kernel.scoring.ComplaintScored;
import com.serviceledger.kernel.scoring.ScorecardId;
import java.time.YearMonth;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads the staff member's scorecard stream: the command side's source of truth, like the directory. */
@Component
class EventStoreScoredComplaints implements ScoredComplaints {

    private final EventStore eventStore;

    EventStoreScoredComplaints(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public int in(String staffId, YearMonth month) {
        return (int) eventStore.readEvents(ScorecardId.of(staffId, month)).asStream()
                .map(EventMessage::getPayload)
                .filter(ComplaintScored.class::isInstance)
                .count();
    }
}
