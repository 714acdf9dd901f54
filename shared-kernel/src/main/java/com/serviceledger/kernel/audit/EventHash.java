package com.serviceledger.kernel.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.serviceledger.kernel.common.MetadataKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tamper-evident hash of a stored event: hex SHA-256 over the UTF-8 bytes of a canonical JSON document
 * <pre>
 * {"aggregateId":…,"aggregateType":…,"eventId":…,"metadata":{…},"payload":{…},"payloadType":…,
 *  "revision":…,"sequence":…,"timestamp":…}
 * </pre>
 * where {@code metadata} is the stored metadata without {@code chainHash} (so it covers {@code chainPrevious},
 * which links the event to its predecessor) and canonical means: object keys sorted (Java {@code String}
 * order) at every level, array order kept, no whitespace, values as Jackson 2 parses and writes them. Plain
 * Java and Jackson only, so a command-line verifier can reuse it without Spring or Axon.
 */
public final class EventHash {

    /** The previous hash of an aggregate's first event. */
    public static final String GENESIS = "0".repeat(64);
    /** The metadata key the hash is stored under; left out of the hashed metadata. */
    public static final String HASH_KEY = MetadataKeys.CHAIN_HASH;
    /** The metadata key of the previous event's hash. */
    public static final String PREVIOUS_KEY = MetadataKeys.CHAIN_PREVIOUS;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventHash() {
    }

    /** The hex SHA-256 of the event's canonical form. */
    public static String of(EventChainLink event) {
        return HexFormat.of().formatHex(sha256(canonicalBytes(document(event))));
    }

    /** Parses stored JSON bytes (payload or metadata) the way the hash reads them; null stays JSON null. */
    public static JsonNode parse(byte[] json) {
        if (json == null || json.length == 0) {
            return NullNode.instance;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored JSON does not parse", e);
        }
    }

    /** The document that is hashed, before canonicalisation. */
    static ObjectNode document(EventChainLink event) {
        ObjectNode doc = NODES.objectNode();
        doc.put("aggregateType", event.aggregateType());
        doc.put("aggregateId", event.aggregateId());
        doc.put("sequence", event.sequence());
        doc.put("eventId", event.eventId());
        doc.put("timestamp", event.timestamp());
        doc.put("payloadType", event.payloadType());
        doc.put("revision", event.revision());
        doc.set("payload", orNull(event.payload()));
        doc.set("metadata", withoutHash(orNull(event.metadata())));
        return doc;
    }

    /** The canonical UTF-8 bytes of a tree: keys sorted recursively, no whitespace. */
    public static byte[] canonicalBytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(canonical(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** A copy of the tree with every object's keys in sorted order. */
    public static JsonNode canonical(JsonNode node) {
        if (node == null) {
            return NullNode.instance;
        }
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode sorted = NODES.objectNode();
            for (String name : names) {
                sorted.set(name, canonical(node.get(name)));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode(node.size());
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                copy.add(canonical(it.next()));
            }
            return copy;
        }
        return node;
    }

    private static JsonNode withoutHash(JsonNode metadata) {
        if (!metadata.isObject() || !metadata.has(HASH_KEY)) {
            return metadata;
        }
        ObjectNode copy = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!HASH_KEY.equals(field.getKey())) {
                copy.set(field.getKey(), field.getValue());
            }
        }
        return copy;
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.instance : node;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
