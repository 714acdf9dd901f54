package com.serviceledger.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between two policy versions' terms, as a reader wants it: each changed field by its path
 * ({@code complaint.contactTarget}) with its old and new value, and the entries a list gained or lost (a holiday,
 * a notification rule). Lists of values are compared as sets; lists of notification rules by their kind and target;
 * the tiered scoring catalogue by each behaviour's code; other lists by position.
 */
final class PolicyDiff {

    enum Kind { CHANGED, ADDED, REMOVED }

    /** One difference; a value absent on its side is null. */
    record Change(String path, Kind kind, String before, String after) {
    }

    private PolicyDiff() {
    }

    static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", missingAsNull(before), missingAsNull(after), changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            changes.add(new Change(label(path), Kind.ADDED, null, text(after)));
        } else if (after == null) {
            changes.add(new Change(label(path), Kind.REMOVED, text(before), null));
        } else if (before.isObject() && after.isObject()) {
            Map<String, JsonNode[]> fields = new LinkedHashMap<>();
            before.fields().forEachRemaining(f -> fields.computeIfAbsent(f.getKey(), k -> new JsonNode[2])[0] = f.getValue());
            after.fields().forEachRemaining(f -> fields.computeIfAbsent(f.getKey(), k -> new JsonNode[2])[1] = f.getValue());
            fields.forEach((name, both) -> compare(join(path, name), missingAsNull(both[0]), missingAsNull(both[1]),
                    changes));
        } else if (before.isArray() && after.isArray()) {
            Map<String, JsonNode[]> entries = new LinkedHashMap<>();
            boolean values = scalars(before) && scalars(after);
            boolean rules = !values && keyed(before) && keyed(after);
            int index = 0;
            for (JsonNode entry : before) {
                entries.computeIfAbsent(key(entry, index++, values, rules), k -> new JsonNode[2])[0] = entry;
            }
            index = 0;
            for (JsonNode entry : after) {
                entries.computeIfAbsent(key(entry, index++, values, rules), k -> new JsonNode[2])[1] = entry;
            }
            entries.forEach((key, both) -> {
                if (values) {
                    if (both[0] == null) {
                        changes.add(new Change(label(path), Kind.ADDED, null, text(both[1])));
                    } else if (both[1] == null) {
                        changes.add(new Change(label(path), Kind.REMOVED, text(both[0]), null));
                    }
                } else {
                    compare(path + "[" + key + "]", both[0], both[1], changes);
                }
            });
        } else {
            changes.add(new Change(label(path), Kind.CHANGED, text(before), text(after)));
        }
    }

    private static boolean scalars(JsonNode array) {
        for (JsonNode entry : array) {
            if (entry.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /** Notification rules: objects with a kind (and perhaps a target), each pair once; listed behaviours: a code. */
    private static boolean keyed(JsonNode array) {
        List<String> seen = new ArrayList<>();
        for (JsonNode entry : array) {
            if (!entry.isObject() || !(entry.path("kind").isTextual() || entry.path("code").isTextual())) {
                return false;
            }
            String key = ruleKey(entry);
            if (seen.contains(key)) {
                return false;
            }
            seen.add(key);
        }
        return true;
    }

    private static String key(JsonNode entry, int index, boolean values, boolean rules) {
        if (values) {
            return entry.asText();
        }
        return rules ? ruleKey(entry) : String.valueOf(index);
    }

    private static String ruleKey(JsonNode rule) {
        if (!rule.path("kind").isTextual()) {
            return rule.path("code").asText();
        }
        JsonNode target = rule.path("target");
        return rule.path("kind").asText() + (target.isTextual() ? " " + target.asText() : "");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String label(String path) {
        return path.isEmpty() ? "(terms)" : path;
    }

    private static JsonNode missingAsNull(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node;
    }

    /** A value as text: plain for a scalar, the entries of a list of values, else compact JSON. */
    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isArray() && scalars(node)) {
            List<String> values = new ArrayList<>();
            node.forEach(value -> values.add(value.asText()));
            return String.join(", ", values);
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                parts.add(field.getKey() + ": " + text(field.getValue()));
            }
            return String.join("; ", parts);
        }
        return node.toString();
    }
}
