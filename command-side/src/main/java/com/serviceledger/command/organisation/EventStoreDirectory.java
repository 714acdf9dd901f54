package com.serviceledger.command.organisation;

import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.organisation.StaffHistory;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The directory as the command side knows it: a staff member's own event stream, folded up to the
 * instant asked. The command side never reads Elasticsearch; its source of truth is the event store.
 */
@Component
class EventStoreDirectory implements Directory {

    private final EventStore eventStore;

    EventStoreDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<StaffChain> chainOf(String staffId, Instant at) {
        if (staffId == null) {
            return Optional.empty();
        }
        return StaffHistory.chainAt(eventStore.readEvents(staffId).asStream().map(EventMessage::getPayload).toList(),
                at);
    }
}
