package com.serviceledger.query.history;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.kernel.common.MetadataKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns an event into its history document: who, when, which aggregate and unit, and the payload
 * without personal data (as a {@code flattened} field and as full text). Public for the offline replay
 * ({@link #ofEventsInOrder()}), which must build the very documents the projection appends.
 */
@Component
public class HistoryDocuments {

    /** Like the event store's own mapper: ISO-8601 instants, so the payload reads as it is stored. */
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final UnitTracker units;

    @Autowired
    HistoryDocuments(EventStore eventStore, HistoryProperties properties) {
        this.units = new UnitTracker(eventStore, json::valueToTree, properties.unitCacheSize());
    }

    private HistoryDocuments() {
        this.units = UnitTracker.inOrder(json::valueToTree);
    }

    /**
     * For a fold of stored events in global order, each aggregate's from its first: the unit always follows
     * from the aggregate's event before, so no event store is needed (an event whose predecessor was not seen
     * fails).
     */
    public static HistoryDocuments ofEventsInOrder() {
        return new HistoryDocuments();
    }

    /** The document appended for this event; its id in the data stream is the event's id. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> of(EventMessage<?> event) {
        JsonNode payload = json.valueToTree(event.getPayload());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@timestamp", event.getTimestamp().toString());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("type", event.getPayloadType().getSimpleName());
        about.put("id", event.getIdentifier());
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        if (revision != null) {
            about.put("revision", revision.value());
        }
        doc.put("event", about);
        Unit unit = Unit.namedIn(payload);
        if (event instanceof DomainEventMessage<?> domain) {
            doc.put("aggregate", Map.of("type", domain.getType(), "id", domain.getAggregateIdentifier(),
                    "sequence", domain.getSequenceNumber()));
            unit = units.unitAfter(domain, payload);
        }
        if (!unit.asDocument().isEmpty()) {
            doc.put("unit", unit.asDocument());
        }
        metadata(event, MetadataKeys.PRINCIPAL, doc);
        metadata(event, MetadataKeys.CLIENT, doc);
        metadata(event, MetadataKeys.CORRELATION_ID, doc);
        metadata(event, MetadataKeys.CAUSATION_ID, doc);
        PersonalData.strip(payload);
        if (payload.isObject()) {
            doc.put("payload", json.convertValue(payload, Map.class));
        }
        doc.put("text", PersonalData.text(payload));
        return doc;
    }

    private static void metadata(EventMessage<?> event, String key, Map<String, Object> doc) {
        Object value = event.getMetaData().get(key);
        if (value != null) {
            doc.put(key, value.toString());
        }
    }
}
