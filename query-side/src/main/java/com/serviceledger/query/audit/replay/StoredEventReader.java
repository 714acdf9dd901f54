package com.serviceledger.query.audit.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.serviceledger.platform.axon.SerializerConfiguration;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * Reads an exported event as the event store's engine hands it out: the stored trees through the upcaster chain,
 * then each payload with Axon's own event mapper ({@link SerializerConfiguration#axonObjectMapper()}). The one
 * reading the offline folds share, so a stored older revision reads the same in each of them.
 */
final class StoredEventReader {

    private final ObjectMapper events = SerializerConfiguration.axonObjectMapper();
    /** Only hands the upcasters their JSON trees and the metadata; payloads are read with {@link #events}. */
    private final Serializer serializer = SerializerConfiguration.newEventSerializer();
    private final EventUpcaster upcasters;
    private final Map<String, Class<?>> types = new HashMap<>();
    private final List<String> problems;

    /** @param problems where an unknown event type is reported, once */
    StoredEventReader(EventUpcaster upcasters, List<String> problems) {
        this.upcasters = upcasters;
        this.problems = problems;
    }

    /**
     * The stored event as the current revision(s): the stored trees go through the chain; an event no upcaster
     * takes comes back as it is.
     */
    Stream<IntermediateEventRepresentation> upcast(ExportedEvent event) {
        JsonNode metadata = event.metadata() != null && event.metadata().isObject() ? event.metadata()
                : JsonNodeFactory.instance.objectNode();
        GenericDomainEventEntry<JsonNode> stored = new GenericDomainEventEntry<>(event.aggregateType(),
                event.aggregateId(), event.sequence(), event.eventId(), event.timestamp(), event.payloadType(),
                event.revision(), event.payload(), metadata);
        return upcasters.upcast(Stream.of(new InitialEventRepresentation(stored, serializer)));
    }

    /** The payload of an upcast event; null when its type is unknown here. */
    Object payload(IntermediateEventRepresentation event) throws IOException {
        Class<?> type = type(event.getType().getName());
        return type == null ? null : events.treeToValue(event.getData(JsonNode.class).getData(), type);
    }

    /** The class of a payload type, or null (reported once) when it is unknown here. */
    Class<?> type(String payloadType) {
        if (types.containsKey(payloadType)) {
            return types.get(payloadType);
        }
        Class<?> type;
        try {
            type = Class.forName(payloadType, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            type = null;
            problems.add("unknown event type " + payloadType + ": its events are passed over");
        }
        types.put(payloadType, type);
        return type;
    }
}
