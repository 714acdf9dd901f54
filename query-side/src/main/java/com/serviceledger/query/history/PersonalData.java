package com.serviceledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes personal data from an event payload before it leaves the event store for the history: the
 * customer object entirely, and any field called name, phone or email at any depth (a staff member's
 * name too). Analysts search history, auditors read case streams; personal data stays in the event store.
 */
public final class PersonalData {

    private static final Set<String> PERSONAL_FIELDS = Set.of("customer", "name", "phone", "email");

    private PersonalData() {
    }

    /** Strips the tree in place (and nulls, which carry nothing); returns it for chaining. */
    public static JsonNode strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (PERSONAL_FIELDS.contains(field.getKey().toLowerCase(Locale.ROOT)) || field.getValue().isNull()) {
                    fields.remove();
                } else {
                    strip(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(PersonalData::strip);
        }
        return node;
    }

    /** The string values of a (stripped) tree, space-separated, for full-text search. */
    static String text(JsonNode node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        return text.toString();
    }

    private static void collect(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> collect(child, text));
        }
    }
}
