package com.serviceledger.standalone.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An endpoint as the application's own API description ({@code /v3/api-docs}) documents it: method, path
 * template, its path variables and query parameters, the roles that may call it and, for a command, a valid body.
 */
public record Operation(String method, String template, List<String> pathVariables, List<String> queryParameters,
                 List<String> roles, ObjectNode validBody) {

    @Override
    public String toString() {
        return method + " " + template;
    }

    public boolean takesBody() {
        return validBody != null;
    }

    /** Every operation of the description, in its order (sorted by path). */
    public static List<Operation> all(JsonNode apiDocs) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = apiDocs.path("components");
        for (Iterator<Map.Entry<String, JsonNode>> paths = apiDocs.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<String> variables = new ArrayList<>();
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    String name = parameter.path("name").asText();
                    switch (parameter.path("in").asText()) {
                        case "path" -> variables.add(name);
                        // a handler taking all parameters as a map documents one "params" object
                        case "query" -> query.addAll(name.equals("params") ? BadValues.PARAMETER_NAMES : List.of(name));
                        default -> {
                        }
                    }
                }
                List<String> roles = new ArrayList<>();
                op.getValue().path("x-roles").forEach(role -> roles.add(role.asText()));
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .get("schema");
                ObjectNode body = schema == null ? null : ValidBodies.of(path.getKey(), schema, components);
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), variables, query, roles, body));
            }
        }
        return operations;
    }
}
