package com.serviceledger.command.incident;

import com.serviceledger.kernel.incident.EmergencyPlanPublished;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads the plan's own stream in the event store (the command side's source of truth), as the policy in force is
 * read: an incident records the version that was in force when it was activated.
 */
@Component
class EventStorePlansInForce implements PlansInForce {

    private final EventStore eventStore;

    EventStorePlansInForce(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Integer> versionInForce(String planId) {
        return eventStore.readEvents(planId).asStream()
                .map(message -> message.getPayload())
                .filter(EmergencyPlanPublished.class::isInstance)
                .map(published -> ((EmergencyPlanPublished) published).version())
                .reduce((earlier, later) -> later);
    }
}
