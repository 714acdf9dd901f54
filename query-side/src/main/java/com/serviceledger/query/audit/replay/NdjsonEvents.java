package com.serviceledger.query.audit.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * The audit export's line format (one event per line, UTF-8, {@code \n}-terminated, in global order):
 * {@code {"globalIndex":…,"eventId":…,"aggregateType":…,"aggregateId":…,"sequence":…,"timestamp":…,
 * "payloadType":…,"revision":…,"payload":{…},"metadata":{…}}}. Blank lines are ignored.
 */
public final class NdjsonEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NdjsonEvents() {
    }

    /** Reads every line in order; a malformed line fails with its line number. */
    public static void read(BufferedReader lines, Consumer<ExportedEvent> each) {
        long number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    each.accept(parse(line, number));
                }
            }
        } catch (IOException e) {
            throw new ReplayException("cannot read the export after line " + number + ": " + e.getMessage(), e);
        }
    }

    static ExportedEvent parse(String line, long number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ReplayException(null, "line " + number + " is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ReplayException(null, "line " + number + " is not a JSON object");
        }
        return new ExportedEvent(number(node, "globalIndex", number), text(node, "eventId", number, true),
                text(node, "aggregateType", number, false), text(node, "aggregateId", number, true),
                number(node, "sequence", number), text(node, "timestamp", number, true),
                text(node, "payloadType", number, true), text(node, "revision", number, false),
                object(node, "payload", number), node.get("metadata"));
    }

    /** Writes one event as one line. */
    public static void write(ExportedEvent event, Writer out) {
        try {
            out.write(JSON.writeValueAsString(node(event)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One event as one {@code \n}-terminated UTF-8 line. */
    public static byte[] line(ExportedEvent event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            JSON.writeValue(out, node(event));
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode node(ExportedEvent event) {
        ObjectNode line = JSON.createObjectNode();
        line.put("globalIndex", event.globalIndex());
        line.put("eventId", event.eventId());
        line.put("aggregateType", event.aggregateType());
        line.put("aggregateId", event.aggregateId());
        line.put("sequence", event.sequence());
        line.put("timestamp", event.timestamp());
        line.put("payloadType", event.payloadType());
        line.put("revision", event.revision());
        line.set("payload", event.payload());
        line.set("metadata", event.metadata());
        return line;
    }

    private static long number(JsonNode node, String field, long line) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new ReplayException(null, "line " + line + ": '" + field + "' must be a whole number");
        }
        return value.asLong();
    }

    private static String text(JsonNode node, String field, long line, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new ReplayException(null, "line " + line + ": '" + field + "' is missing");
            }
            return null;
        }
        return value.asText();
    }

    private static JsonNode object(JsonNode node, String field, long line) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new ReplayException(null, "line " + line + ": '" + field + "' must be a JSON object");
        }
        return value;
    }
}
