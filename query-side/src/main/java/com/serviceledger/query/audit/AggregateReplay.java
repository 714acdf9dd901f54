package com.serviceledger.query.audit;

import com.serviceledger.platform.axon.EventUpcasters;
import com.serviceledger.platform.axon.SerializerConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Folds a case's events into the command side's own aggregate, with Axon's own machinery: the aggregate's
 * model, an instance from its no-argument constructor and {@link EventSourcedAggregate#initializeState}, as
 * the event-sourcing repository loads it. So the state as of any event is what the command side decided on,
 * with no second implementation of the rules. Nothing is published and no command or timer runs.
 * <p>
 * Plain Java (no Spring): an offline tool can fold an NDJSON export with {@link #withStoreDefaults()} and
 * {@link #replayStored(List)}.
 */
public final class AggregateReplay {

    private final AggregateTypes types;
    private final Serializer eventSerializer;
    private final EventUpcaster upcasters;

    /**
     * @param eventSerializer the event store's event serializer (to read stored payloads)
     * @param upcasters       the event store's upcaster chain
     */
    public AggregateReplay(AggregateTypes types, Serializer eventSerializer, EventUpcaster upcasters) {
        this.types = types;
        this.eventSerializer = eventSerializer;
        this.upcasters = upcasters;
    }

    /** The command side's aggregates, the event store's serializer configuration and its upcaster chain. */
    public static AggregateReplay withStoreDefaults() {
        return new AggregateReplay(new AggregateTypes(), SerializerConfiguration.newEventSerializer(),
                EventUpcasters.chain());
    }

    /**
     * Folds one case's events, in order from its first, into its aggregate.
     *
     * @param events the events of one aggregate, from sequence 0, as far as wanted (at least one)
     * @throws UnknownAggregateType when the store's aggregate type is not one of the command side's
     */
    public CaseState replay(List<? extends DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a case has at least one event");
        }
        DomainEventMessage<?> first = events.getFirst();
        DomainEventMessage<?> last = events.getLast();
        EventSourcedAggregate<?> aggregate = fold(first, DomainEventStream.of(events));
        return new CaseState(first.getType(), first.getAggregateIdentifier(), last.getSequenceNumber(),
                last.getTimestamp(), aggregate.getAggregateRoot());
    }

    /**
     * Folds stored events (e.g. the lines of an export) into one state per aggregate, in the order each
     * aggregate first appears. Each aggregate's events must be in sequence order; other aggregates' events may
     * come between them.
     */
    public List<CaseState> replayStored(List<StoredEvent> stored) {
        Map<String, List<StoredEvent>> byAggregate = new LinkedHashMap<>();
        stored.forEach(event -> byAggregate.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event));
        List<CaseState> states = new ArrayList<>();
        byAggregate.values().forEach(events -> states.add(replay(deserialize(events))));
        return states;
    }

    /** Stored events as the store's engine would hand them out: upcast, then deserialized. */
    public List<DomainEventMessage<?>> deserialize(List<StoredEvent> stored) {
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(
                stored.stream().map(AggregateReplay::entry), eventSerializer, upcasters);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        stream.forEachRemaining(messages::add);
        return messages;
    }

    private EventSourcedAggregate<?> fold(DomainEventMessage<?> first, DomainEventStream events) {
        AggregateModel<?> model = types.model(first.getType())
                .orElseThrow(() -> new UnknownAggregateType(first.getType()));
        return fold(model, first, events);
    }

    private static <T> EventSourcedAggregate<T> fold(AggregateModel<T> model, DomainEventMessage<?> first,
                                                     DomainEventStream events) {
        T root = new GenericAggregateFactory<>(model).createAggregateRoot(first.getAggregateIdentifier(), first);
        // no event bus: events being applied are never published while an aggregate is initializing
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(root, model, (EventBus) null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(events);
        return aggregate;
    }

    private static DomainEventData<byte[]> entry(StoredEvent event) {
        return new GenericDomainEventEntry<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                event.eventId(), event.timestamp(), event.payloadType(), event.revision(), event.payload(),
                event.metadata());
    }

    /** The store holds events of an aggregate type the command side does not (or no longer) define. */
    public static final class UnknownAggregateType extends RuntimeException {

        private final String type;

        UnknownAggregateType(String type) {
            super("No command-side aggregate of type " + type);
            this.type = type;
        }

        public String type() {
            return type;
        }
    }
}
