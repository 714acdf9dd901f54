package com.serviceledger.command.organisation;

import com.serviceledger.kernel.organisation.StreamDirectory;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The directory as the command side knows it: a subsidiary's or a staff member's own event stream, folded
 * up to the instant asked. The command side never reads Elasticsearch; its source of truth is the event
 * store. Nothing is cached: a stream of a few events is cheap to read, and an answer read now can never be
 * staler than the last registration, hire or departure.
 */
@Component
class EventStoreDirectory extends StreamDirectory {

    private final EventStore eventStore;

    EventStoreDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    protected List<?> stream(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(EventMessage::getPayload).toList();
    }
}
