package com.serviceledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The organisational unit an event concerns, as far as known. Events name it in different shapes
 * (a {@code target}, a {@code unit}, or plain fields), so it is read from the payload's fields named
 * like the unit's parts, at its top level and one object down.
 */
public record Unit(String subsidiaryId, String departmentId, String postId, String staffId) {

    static final Unit UNKNOWN = new Unit(null, null, null, null);

    /** The unit an event names; parts it does not name stay unknown. */
    public static Unit namedIn(JsonNode payload) {
        Unit unit = UNKNOWN;
        if (payload == null || !payload.isObject()) {
            return unit;
        }
        // nested first, so a top-level field (e.g. the department a complaint is forwarded to) wins
        for (JsonNode child : payload) {
            if (child.isObject()) {
                unit = unit.updatedBy(of(child));
            }
        }
        return unit.updatedBy(of(payload));
    }

    private static Unit of(JsonNode node) {
        return new Unit(text(node, "subsidiaryId"), text(node, "departmentId"), text(node, "postId"),
                text(node, "staffId"));
    }

    /** This unit with every part the later one knows replaced by it (e.g. a forwarded department). */
    Unit updatedBy(Unit later) {
        return new Unit(first(later.subsidiaryId, subsidiaryId), first(later.departmentId, departmentId),
                first(later.postId, postId), first(later.staffId, staffId));
    }

    Map<String, Object> asDocument() {
        Map<String, Object> doc = new LinkedHashMap<>();
        putIfKnown(doc, "subsidiaryId", subsidiaryId);
        putIfKnown(doc, "departmentId", departmentId);
        putIfKnown(doc, "postId", postId);
        putIfKnown(doc, "staffId", staffId);
        return doc;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static void putIfKnown(Map<String, Object> doc, String key, String value) {
        if (value != null) {
            doc.put(key, value);
        }
    }
}
