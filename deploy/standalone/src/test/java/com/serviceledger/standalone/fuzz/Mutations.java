package com.serviceledger.standalone.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Makes fuzzed requests for one endpoint: a valid request changed in one or a few places (a body field replaced,
 * removed or added, a path id or query parameter made hostile), or broken as a whole (not JSON, the wrong content
 * type, too large). Deterministic for a given {@link Random}.
 */
public final class Mutations {

    static final ObjectMapper UTF8 = new ObjectMapper();
    /** Escapes every non-ASCII character, so lone surrogates travel as {@code \uD800} rather than failing. */
    static final ObjectMapper ESCAPED = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** Bigger than any configured request limit (256 KiB by default): must answer 413. */
    static final int OVERSIZED_BYTES = 600 * 1024;
    /** Longer than the read API accepts (500), short enough for the request line. */
    static final int MAX_QUERY_VALUE = 700;

    private final Operation operation;
    /** Path variable -> an id that exists (from the success scenario), or null. */
    private final Function<String, String> realIds;

    public Mutations(Operation operation, Function<String, String> realIds) {
        this.operation = operation;
        this.realIds = realIds;
    }

    public FuzzInput next(Random random) {
        if (operation.method().equals("GET")) {
            return read(random);
        }
        return operation.takesBody() ? command(random) : bodilessCommand(random);
    }

    private FuzzInput read(Random random) {
        boolean hostileId = !operation.pathVariables().isEmpty() && random.nextInt(10) < 3;
        Map<String, String> ids = ids(random, hostileId);
        StringBuilder query = new StringBuilder();
        String kind = hostileId ? "path-id" : "parameter";
        int choice = hostileId ? -1 : random.nextInt(10);
        if (choice >= 0 && choice < 6) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                param(query, BadValues.pick(random, parameters()), BadValues.string(random));
            }
        } else if (choice >= 6 && choice < 8) {
            kind = "repeated-parameter";
            String name = BadValues.pick(random, parameters());
            for (int i = 2 + random.nextInt(40); i > 0; i--) {
                param(query, name, BadValues.string(random));
            }
        } else if (choice == 8) {
            kind = "unknown-parameter";
            param(query, BadValues.randomString(random, 1 + random.nextInt(20)), BadValues.string(random));
        } else if (choice == 9) {
            kind = "number-parameter";
            param(query, BadValues.pick(random, parameters()), BadValues.number(random).asText());
        }
        return new FuzzInput(kind, "GET", path(ids) + (query.isEmpty() ? "" : "?" + query), null, null, null);
    }

    private List<String> parameters() {
        return operation.queryParameters().isEmpty() ? BadValues.PARAMETER_NAMES : operation.queryParameters();
    }

    private FuzzInput command(Random random) {
        String valid = write(UTF8, operation.validBody());
        int choice = random.nextInt(100);
        Map<String, String> ids = ids(random, false);
        String path = path(ids);
        if (choice < 40) {
            ObjectNode body = operation.validBody().deepCopy();
            String field = BadValues.pick(random, fields(body));
            replace(body, field, BadValues.value(random, get(body, field)));
            return json("replace-field", path, body, field, random);
        } else if (choice < 52) {
            ObjectNode body = operation.validBody().deepCopy();
            List<String> fields = fields(body);
            String field = BadValues.pick(random, fields);
            remove(body, field);
            return json("remove-field", path, body, field, random);
        } else if (choice < 58) {
            ObjectNode body = operation.validBody().deepCopy();
            String name = BadValues.pick(random, List.of("@class", "__proto__", "$where", "id", "principal",
                    "aggregateIdentifier", BadValues.randomString(random, 8)));
            body.set(name, BadValues.value(random, null));
            return json("extra-field", path, body, null, random);
        } else if (choice < 68) {
            ObjectNode body = operation.validBody().deepCopy();
            for (int i = 2 + random.nextInt(2); i > 0; i--) {
                List<String> fields = fields(body);
                if (fields.isEmpty()) {
                    break;
                }
                String field = BadValues.pick(random, fields);
                replace(body, field, BadValues.value(random, get(body, field)));
            }
            return json("several-fields", path, body, null, random);
        } else if (choice < 80) {
            return new FuzzInput("malformed-json", operation.method(), path, "application/json",
                    BadValues.malformedBody(random, valid), null);
        } else if (choice < 86) {
            return new FuzzInput("content-type", operation.method(), path, BadValues.pick(random, BadValues.CONTENT_TYPES),
                    valid.getBytes(StandardCharsets.UTF_8), null);
        } else if (choice < 89) {
            return new FuzzInput("oversized", operation.method(), path, "application/json", oversized(valid), null);
        } else if (choice < 96 && !operation.pathVariables().isEmpty()) {
            return new FuzzInput("path-id", operation.method(), path(ids(random, true)), "application/json",
                    valid.getBytes(StandardCharsets.UTF_8), null);
        }
        return new FuzzInput("valid", operation.method(), path, "application/json", valid.getBytes(StandardCharsets.UTF_8), null);
    }

    private FuzzInput bodilessCommand(Random random) {
        int choice = random.nextInt(10);
        if (choice < 5 && !operation.pathVariables().isEmpty()) {
            return new FuzzInput("path-id", operation.method(), path(ids(random, true)), "application/json", null, null);
        }
        String path = path(ids(random, false));
        return switch (choice % 4) {
            case 0 -> new FuzzInput("malformed-json", operation.method(), path, "application/json",
                    BadValues.malformedBody(random, "{\"x\":1}"), null);
            case 1 -> new FuzzInput("content-type", operation.method(), path, BadValues.pick(random, BadValues.CONTENT_TYPES),
                    BadValues.randomString(random, 40).getBytes(StandardCharsets.UTF_8), null);
            case 2 -> new FuzzInput("oversized", operation.method(), path, "application/json", oversized("{}"), null);
            // a bodiless command still says it is JSON (cross-site request protection); without it: 415
            default -> random.nextBoolean() ? new FuzzInput("no-body", operation.method(), path, "application/json", null, null)
                    : new FuzzInput("no-content-type", operation.method(), path, null, null, null);
        };
    }

    private FuzzInput json(String kind, String path, ObjectNode body, String field, Random random) {
        // raw UTF-8 unless a lone surrogate makes that impossible; sometimes escaped anyway
        String text = write(random.nextInt(4) == 0 ? ESCAPED : UTF8, body);
        return new FuzzInput(kind, operation.method(), path, "application/json", text.getBytes(StandardCharsets.UTF_8), field);
    }

    private static byte[] oversized(String valid) {
        String padding = "x".repeat(OVERSIZED_BYTES);
        return valid.replaceFirst("\\{", "{\"padding\":\"" + padding + "\",").getBytes(StandardCharsets.UTF_8);
    }

    private static String write(ObjectMapper mapper, JsonNode body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            try {
                return ESCAPED.writeValueAsString(body);
            } catch (JsonProcessingException again) {
                throw new IllegalStateException(again);
            }
        }
    }

    /** Path variable values: the real ids (or a well-formed unknown one), or hostile ones. */
    private Map<String, String> ids(Random random, boolean hostile) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (String variable : operation.pathVariables()) {
            String real = realIds.apply(variable);
            String value;
            if (hostile) {
                value = BadValues.string(random);
                value = value.length() > MAX_QUERY_VALUE ? value.substring(0, MAX_QUERY_VALUE) : value;
            } else {
                value = real != null && random.nextBoolean() ? real : "fuzz-" + Integer.toHexString(random.nextInt());
            }
            ids.put(variable, value);
        }
        return ids;
    }

    private String path(Map<String, String> ids) {
        String path = operation.template();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", encode(id.getValue()));
        }
        return path;
    }

    /**
     * Query values are cut to {@link #MAX_QUERY_VALUE} characters, so the request line stays under the server's
     * limit (16 KiB) and the input reaches the application; over-long lines are RequestLimitsTest's.
     */
    private static void param(StringBuilder query, String name, String value) {
        value = value.length() > MAX_QUERY_VALUE ? value.substring(0, MAX_QUERY_VALUE) : value;
        if (query.length() > 8 * 1024) {
            return;
        }
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(encode(name)).append('=').append(encode(value));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Every field of the body, nested ones included ("customer.phone", "steps[0]"). */
    static List<String> fields(JsonNode body) {
        List<String> fields = new ArrayList<>();
        collect(body, "", fields);
        return fields;
    }

    private static void collect(JsonNode node, String prefix, List<String> fields) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                fields.add(path);
                collect(field.getValue(), path, fields);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String path = prefix + "[" + i + "]";
                fields.add(path);
                collect(node.get(i), path, fields);
            }
        }
    }

    static JsonNode get(JsonNode body, String field) {
        return node(body, steps(field));
    }

    private static JsonNode node(JsonNode body, List<String> steps) {
        JsonNode node = body;
        for (String step : steps) {
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step);
        }
        return node;
    }

    static void replace(JsonNode body, String field, JsonNode value) {
        List<String> steps = steps(field);
        JsonNode parent = node(body, steps.subList(0, steps.size() - 1));
        String last = steps.getLast();
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    static void remove(JsonNode body, String field) {
        List<String> steps = steps(field);
        JsonNode parent = node(body, steps.subList(0, steps.size() - 1));
        String last = steps.getLast();
        if (last.startsWith("[")) {
            ((ArrayNode) parent).remove(Integer.parseInt(last.substring(1, last.length() - 1)));
        } else {
            ((ObjectNode) parent).remove(last);
        }
    }

    /** "a.b[0].c" -> ["a", "b", "[0]", "c"]. */
    private static List<String> steps(String field) {
        List<String> steps = new ArrayList<>();
        for (String part : field.split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            int bracket = part.indexOf('[');
            if (bracket != 0 && bracket > 0) {
                steps.add(part.substring(0, bracket));
                part = part.substring(bracket);
            } else if (bracket < 0) {
                steps.add(part);
                continue;
            }
            for (String index : part.split("(?=\\[)")) {
                steps.add(index);
            }
        }
        return steps;
    }
}
