package com.serviceledger.query.audit.replay;

import com.serviceledger.platform.axon.EventUpcasters;
import com.serviceledger.query.history.HistoryDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * The event history documents of stored events, in memory: each exported event is read as the event store hands
 * it to the history projection ({@link StoredEventReader}: upcast, then deserialized) and turned into its document
 * by the projection's own {@link HistoryDocuments}, so the offline document is the one appended to the data stream.
 * <p>
 * Events must come in global order, every aggregate's from its first: the unit an event is filed under follows
 * from its aggregate's earlier events. An event that cannot be read has no document here (the live projection
 * cannot append it either: without a dead-letter queue it retries it); it is listed in {@link #problems()}, and so
 * are its aggregate's later events, whose unit is then unknown.
 */
public final class ReplayedHistory {

    /** One document of the history data stream: its id there is the event's id. */
    public record Document(String eventId, Map<String, Object> source) {
    }

    private final HistoryDocuments documents = HistoryDocuments.ofEventsInOrder();
    private final List<String> problems = new ArrayList<>();
    private final StoredEventReader reader;

    /** With the event store's own upcaster chain. */
    public ReplayedHistory() {
        this(EventUpcasters.chain());
    }

    public ReplayedHistory(EventUpcaster upcasters) {
        this.reader = new StoredEventReader(upcasters, problems);
    }

    /** The documents one stored event becomes: one per upcast event, none when it cannot be read. */
    public List<Document> of(ExportedEvent event) {
        List<Document> result = new ArrayList<>(1);
        try {
            for (IntermediateEventRepresentation current : reader.upcast(event).toList()) {
                Object payload = reader.payload(current);
                if (payload != null) {
                    result.add(new Document(current.getMessageIdentifier(), documents.of(message(current, payload))));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("event " + event.globalIndex() + " (" + event.payloadType() + " of " + event.aggregateId()
                    + ", sequence " + event.sequence() + ") has no history document: " + e.getMessage());
            return List.of();
        }
        return result;
    }

    /** The message as Axon's event storage builds it from a read event, with the payload read already. */
    private static GenericDomainEventMessage<Object> message(IntermediateEventRepresentation event, Object payload) {
        GenericMessage<Object> message = new GenericMessage<>(event.getMessageIdentifier(), payload,
                event.getMetaData().getObject());
        return new GenericDomainEventMessage<>(event.getAggregateType().orElse(null),
                event.getAggregateIdentifier().orElseThrow(), event.getSequenceNumber().orElseThrow(), message,
                event.getTimestamp());
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
