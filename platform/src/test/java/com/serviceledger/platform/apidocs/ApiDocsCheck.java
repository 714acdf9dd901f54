package com.serviceledger.platform.apidocs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Checks an OpenAPI document against the application's handlers: OpenAPI 3, every handler method and path
 * documented (a new undocumented endpoint fails), every operation with a summary, its roles and the problem
 * answers 401 and 403 (and 415 for every command, which must be JSON), and no two classes of the bodies under one
 * schema name. Returns what is wrong. Shared by each application's tests (platform's test jar).
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
        schemaNameClashes(mappings).forEach((name, classes) ->
                wrong.add("schema " + name + " stands for " + classes + ": give each an @Schema(name = ...)"));
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
            boolean command = !List.of("get", "head", "options").contains(method) && path.startsWith("/api/");
            Object unsupported = responses == null ? null : responses.get("415");
            if (command && (unsupported == null || !unsupported.toString().contains("application/problem+json"))) {
                wrong.add(name + ": no 415 problem answer (commands need Content-Type: application/json)");
            }
            if (path.contains("{") && (responses == null || !responses.containsKey("404"))) {
                wrong.add(name + ": no 404 for its path id");
            }
        }));
        return wrong;
    }

    /**
     * The schema names that stand for more than one of the application's classes in the handlers' bodies and
     * answers. springdoc names a schema by the class's simple name, so two {@code Receive} records are documented
     * as one, and one of the two endpoints with the other's body.
     */
    public static Map<String, Set<String>> schemaNameClashes(Collection<RequestMappingHandlerMapping> mappings) {
        Map<String, Set<String>> classesByName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (RequestMappingHandlerMapping mapping : mappings) {
            for (var handler : mapping.getHandlerMethods().values()) {
                if (handler.getBeanType().getName().startsWith("com.serviceledger")) {
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        collect(ResolvableType.forMethodParameter(parameter), seen, classesByName);
                    }
                    collect(ResolvableType.forMethodReturnType(handler.getMethod()), seen, classesByName);
                }
            }
        }
        classesByName.values().removeIf(classes -> classes.size() < 2);
        return classesByName;
    }

    /** The application's classes in a type: itself, its generics, and the types of its components and fields. */
    private static void collect(ResolvableType type, Set<Class<?>> seen, Map<String, Set<String>> classesByName) {
        for (ResolvableType generic : type.getGenerics()) {
            collect(generic, seen, classesByName);
        }
        Class<?> raw = type.isArray() ? type.getComponentType().resolve() : type.resolve();
        if (type.isArray()) {
            collect(type.getComponentType(), seen, classesByName);
        }
        if (raw == null || raw.isEnum() || !raw.getName().startsWith("com.serviceledger") || !seen.add(raw)) {
            return;
        }
        Schema schema = raw.getAnnotation(Schema.class);
        String name = schema != null && !schema.name().isEmpty() ? schema.name() : raw.getSimpleName();
        classesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(raw.getName());
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                collect(ResolvableType.forType(component.getGenericType()), seen, classesByName);
            }
        } else {
            for (Field field : raw.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    collect(ResolvableType.forField(field), seen, classesByName);
                }
            }
        }
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
