package com.serviceledger.platform.audit;

import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.MetadataKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hash of an aggregate's committed event before a given sequence: from a bounded LRU of the last hash per
 * aggregate (filled only after a commit, so a rolled-back append never poisons it), else from the stored event
 * itself. An event stored before the chain existed has no hash: its successor starts from {@link EventHash#GENESIS}
 * (the verifier reports the unchained event, so the case is not intact either way).
 */
class ChainedPredecessors {

    private static final Logger log = LoggerFactory.getLogger(ChainedPredecessors.class);

    record Link(long sequence, String hash) {
    }

    private final EventStore eventStore;
    private final Map<String, Link> committed;

    ChainedPredecessors(EventStore eventStore, int capacity) {
        this.eventStore = eventStore;
        this.committed = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The hash of the aggregate's event {@code sequence - 1}. */
    String hashBefore(String aggregateId, long sequence) {
        if (sequence == 0) {
            return EventHash.GENESIS;
        }
        Link known;
        synchronized (committed) {
            known = committed.get(aggregateId);
        }
        if (known != null && known.sequence() == sequence - 1) {
            return known.hash();
        }
        return stored(aggregateId, sequence - 1);
    }

    /** Links of a unit of work that has committed. */
    void committed(Map<String, Link> links) {
        synchronized (committed) {
            committed.putAll(links);
        }
    }

    private String stored(String aggregateId, long sequence) {
        DomainEventStream events = eventStore.readEvents(aggregateId, sequence);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() == sequence) {
                Object hash = event.getMetaData().get(MetadataKeys.CHAIN_HASH);
                return hash == null ? EventHash.GENESIS : hash.toString();
            }
            if (event.getSequenceNumber() > sequence) {
                break;
            }
        }
        log.warn("Event {} of {} is not in the store; chaining its successor to the genesis hash", sequence,
                aggregateId);
        return EventHash.GENESIS;
    }
}
