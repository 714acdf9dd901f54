package com.serviceledger.command.organisation;

import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.kernel.organisation.Employment;
import com.serviceledger.kernel.organisation.StaffChain;
import com.serviceledger.kernel.organisation.StaffHistory;
import com.serviceledger.kernel.organisation.SubsidiaryUnits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
class EventStoreDirectory implements Directory {

    private final EventStore eventStore;

    EventStoreDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<StaffChain> chainOf(String staffId, Instant at) {
        return staffId == null ? Optional.empty() : StaffHistory.chainAt(stream(staffId), at);
    }

    @Override
    public Optional<Employment> employmentOf(String staffId) {
        return staffId == null ? Optional.empty() : Employment.of(stream(staffId));
    }

    @Override
    public Optional<SubsidiaryUnits> unitsOf(String subsidiaryId) {
        return subsidiaryId == null ? Optional.empty() : SubsidiaryUnits.of(stream(subsidiaryId));
    }

    private List<?> stream(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(EventMessage::getPayload).toList();
    }
}
