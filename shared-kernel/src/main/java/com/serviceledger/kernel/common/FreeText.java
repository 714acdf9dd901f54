package com.serviceledger.kernel.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What of an event payload is a person's words (a complaint's content and demand, a resolution, findings,
 * comments, reasons, purposes, notes) rather than structure, and its removal for readers who get figures only.
 * <p>
 * An allow-list, so it fails closed: structure is what the payload's type declares as codes, times or figures
 * (enums, {@code java.time} values, numbers, booleans) and the strings that name things: ids (the kernel names
 * them {@code …Id} / {@code …Ids}) and the few codes in {@link #CODES}. Every other string is free text, a field
 * added later too. A value whose type is not known here (a payload of an unknown type, a map) keeps only the
 * strings named like ids or codes.
 */
public final class FreeText {

    /** What a redacted value reads as: visibly withheld, not missing. */
    public static final String REDACTED = "[redacted]";

    /** Strings that hold codes, not prose (a staff member's id under another name, a month key, a zone). */
    private static final Set<String> CODES = Set.of("month", "timeZone", "policyVersion", "standardCode",
            "contactedBy", "rectifiedBy");

    private FreeText() {
    }

    /** Whether a string field of this name names something rather than saying something. */
    public static boolean isStructuralString(String field) {
        return field.endsWith("Id") || field.endsWith("Ids") || CODES.contains(field);
    }

    /**
     * Replaces, in place, every free-text value of a payload read as JSON by {@link #REDACTED}.
     *
     * @param payloadType the payload's class, null when not known (only strings named like ids or codes then stay)
     */
    public static void redact(Class<?> payloadType, ObjectNode payload) {
        redactFields(payloadType, payload);
    }

    private static void redactFields(Class<?> type, ObjectNode object) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            field.setValue(redacted(componentType(type, field.getKey()), field.getKey(), field.getValue()));
        }
    }

    /** The declared type of a record's component; null when the field is not one (or the type is not a record). */
    private static Type componentType(Class<?> type, String name) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getGenericType();
            }
        }
        return null;
    }

    private static JsonNode redacted(Type declared, String name, JsonNode value) {
        if (value.isNull() || value.isNumber() || value.isBoolean()) {
            return value;
        }
        Class<?> raw = raw(declared);
        if (raw == String.class) {
            return isStructuralString(name) ? value : TextNode.valueOf(REDACTED);
        }
        if (raw != null && isCodeOrTime(raw)) {
            return value;
        }
        if (raw != null && raw.isRecord() && value instanceof ObjectNode object) {
            redactFields(raw, object);
            return object;
        }
        if (raw != null && (Collection.class.isAssignableFrom(raw) || raw.isArray())
                && value instanceof ArrayNode array) {
            Type element = raw.isArray() ? raw.getComponentType() : typeArgument(declared);
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redacted(element, name, array.get(i)));
            }
            return array;
        }
        return byName(name, value);
    }

    /** For what is not declared as structure (unknown, or a map, an object): only ids and codes by name stay. */
    private static JsonNode byName(String name, JsonNode value) {
        if (value.isTextual()) {
            return isStructuralString(name) ? value : TextNode.valueOf(REDACTED);
        }
        if (value instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> field.setValue(byName(field.getKey(), field.getValue())));
        } else if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, byName(name, array.get(i)));
            }
        }
        return value;
    }

    private static boolean isCodeOrTime(Class<?> type) {
        return type.isEnum() || type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || TemporalAccessor.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
                || ZoneId.class.isAssignableFrom(type);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type collection) {
        return collection instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                ? p.getActualTypeArguments()[0] : null;
    }
}
