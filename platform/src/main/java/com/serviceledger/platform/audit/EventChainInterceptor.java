package com.serviceledger.platform.audit;

import com.serviceledger.kernel.audit.EventChainLink;
import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.MetadataKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Links every event published on the event bus to the previous event of its aggregate: adds
 * {@code chainPrevious} (that event's hash) and {@code chainHash} ({@link EventHash} over the values the event
 * store will hold). It sits on the bus, not on a storage engine, so aggregates, generators and tests are all
 * covered, with any store.
 * <p>
 * The bus intercepts a unit of work's events together at its prepare-commit, so earlier events of the same
 * aggregate are found in that batch (or in a root-unit resource when more are published during the commit);
 * their hashes become known to later units only after the commit.
 * <p>
 * The hashed timestamp is the string Axon's JDBC store writes ({@link DateTimeUtils#formatInstant}: UTC, exactly
 * three fraction digits), not {@code Instant.toString()}; Axon Server keeps milliseconds too, so the same string
 * can be rebuilt from it.
 */
public class EventChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String PENDING = EventChainInterceptor.class.getName() + ".pending";

    private final Serializer eventSerializer;
    private final ChainedPredecessors predecessors;

    EventChainInterceptor(Serializer eventSerializer, ChainedPredecessors predecessors) {
        this.eventSerializer = eventSerializer;
        this.predecessors = predecessors;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, ChainedPredecessors.Link> pending = pendingLinks();
        List<EventMessage<?>> chained = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            chained.add(chain(message, pending));
        }
        return (index, message) -> chained.get(index);
    }

    private EventMessage<?> chain(EventMessage<?> event, Map<String, ChainedPredecessors.Link> pending) {
        // an event without an aggregate is stored as the first and only event of an "aggregate" named by its id
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        String aggregateId = domain == null ? event.getIdentifier() : domain.getAggregateIdentifier();
        long sequence = domain == null ? 0 : domain.getSequenceNumber();
        String aggregateType = domain == null ? null : domain.getType();

        ChainedPredecessors.Link before = pending.get(aggregateId);
        String previous = before != null && before.sequence() == sequence - 1
                ? before.hash()
                : predecessors.hashBefore(aggregateId, sequence);

        EventMessage<?> linked = event.andMetaData(Map.of(MetadataKeys.CHAIN_PREVIOUS, previous));
        SerializedObject<byte[]> payload = linked.serializePayload(eventSerializer, byte[].class);
        byte[] metadata = eventSerializer.serialize(linked.getMetaData(), byte[].class).getData();
        String hash = EventHash.of(new EventChainLink(aggregateType, aggregateId, sequence, event.getIdentifier(),
                DateTimeUtils.formatInstant(event.getTimestamp()), payload.getType().getName(),
                payload.getType().getRevision(), EventHash.parse(payload.getData()), EventHash.parse(metadata)));

        pending.put(aggregateId, new ChainedPredecessors.Link(sequence, hash));
        return linked.andMetaData(Map.of(MetadataKeys.CHAIN_HASH, hash));
    }

    /** The links of the current root unit of work, handed to the cache once it commits; else a batch's own. */
    private Map<String, ChainedPredecessors.Link> pendingLinks() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            Map<String, ChainedPredecessors.Link> links = new HashMap<>();
            root.afterCommit(u -> predecessors.committed(links));
            return links;
        });
    }
}
