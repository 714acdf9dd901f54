package com.serviceledger.platform.apidocs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Checks an OpenAPI document against the application's handlers: OpenAPI 3, every handler method and path
 * documented (a new undocumented endpoint fails), every operation with a summary, its roles and the problem
 * answers 401 and 403. Returns what is wrong. Shared by each application's tests (platform's test jar).
 */
public final class ApiDocsCheck {

    private ApiDocsCheck() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> check(Map<String, Object> doc, Collection<RequestMappingHandlerMapping> mappings) {
        List<String> wrong = new ArrayList<>();
        if (!String.valueOf(doc.get("openapi")).startsWith("3.")) {
            wrong.add("not OpenAPI 3: " + doc.get("openapi"));
        }
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        int handlers = 0;
        for (RequestMappingHandlerMapping mapping : mappings) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                if (entry.getValue().getBeanType().getName().startsWith("org.springdoc")) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        handlers++;
                        boolean documented = paths.entrySet().stream().anyMatch(path ->
                                pattern.matches(PathContainer.parsePath(path.getKey()))
                                        && path.getValue().containsKey(method.name().toLowerCase(Locale.ROOT)));
                        if (!documented) {
                            wrong.add("undocumented: " + method + " " + pattern.getPatternString());
                        }
                    }
                }
            }
        }
        if (handlers < 10) {
            wrong.add("only " + handlers + " handlers found");
        }
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || method.equals("parameters")) {
                return;
            }
            String name = method.toUpperCase(Locale.ROOT) + " " + path;
            if (operation.get("summary") == null) {
                wrong.add(name + ": no summary");
            }
            List<String> roles = (List<String>) operation.get("x-roles");
            if (roles == null || roles.isEmpty()) {
                wrong.add(name + ": no roles");
            } else if (!String.valueOf(operation.get("description")).contains("Roles: " + String.join(", ", roles))) {
                wrong.add(name + ": roles not in the description");
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            for (String status : List.of("401", "403")) {
                Object response = responses == null ? null : responses.get(status);
                if (response == null || !response.toString().contains("application/problem+json")
                        || !response.toString().contains("#/components/schemas/Problem")) {
                    wrong.add(name + ": no " + status + " problem answer");
                }
            }
            if (path.contains("{") && (responses == null || !responses.containsKey("404"))) {
                wrong.add(name + ": no 404 for its path id");
            }
        }));
        return wrong;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> operation(Map<String, Object> doc, String method, String path) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        return (Map<String, Object>) paths.get(path).get(method);
    }

    @SuppressWarnings("unchecked")
    public static List<String> roles(Map<String, Object> doc, String method, String path) {
        return (List<String>) operation(doc, method, path).get("x-roles");
    }

    @SuppressWarnings("unchecked")
    public static java.util.Set<String> responses(Map<String, Object> doc, String method, String path) {
        return ((Map<String, Object>) operation(doc, method, path).get("responses")).keySet();
    }
}
