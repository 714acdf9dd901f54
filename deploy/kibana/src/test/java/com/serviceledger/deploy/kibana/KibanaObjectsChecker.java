package com.serviceledger.deploy.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.deploy.kibana.ViewMappings.Mapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks saved objects against the view mappings: every field a data view, Lens column, formula, query,
 * filter, saved-search column or sort names must exist in the mapping of the index its data view targets,
 * with a type the use needs; and every reference must point to an object in the files. Returns the
 * violations, each naming the object, the field and the mapping.
 */
final class KibanaObjectsChecker {

    private static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");
    private static final Set<String> METRIC_OPERATIONS = Set.of("average", "sum", "median", "min", "max",
            "percentile", "percentile_rank", "standard_deviation", "moving_average", "cumulative_sum",
            "counter_rate", "differences");
    private static final Set<String> FORMULA_FUNCTIONS = new HashSet<>(Set.of("count", "unique_count",
            "last_value"));
    /** A field before a KQL operator, e.g. {@code status :}, {@code score <=}. */
    private static final Pattern KQL_FIELD = Pattern.compile("([@A-Za-z_][\\w.@]*)\\s*(<=|>=|<|>|:)");
    private static final Pattern KQL_ARGUMENT = Pattern.compile("kql\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern FORMULA_FIELD = Pattern.compile("\\b([a-z_]+)\\(\\s*([@A-Za-z_][\\w.@]*)(?!\\s*\\()");
    private static final String RECORDS = "___records___";

    static {
        FORMULA_FUNCTIONS.addAll(METRIC_OPERATIONS);
    }

    /** What a field is used for, and the types that use accepts. */
    record Use(String name, Predicate<String> accepts) {
        static final Use ANY = new Use("field", type -> true);
        static final Use DATE = new Use("date", type -> type.equals("date") || type.equals("date_nanos"));
        static final Use TERMS = new Use("terms", type -> type.equals("keyword") || type.equals("constant_keyword")
                || type.equals("boolean") || type.equals("ip") || NUMERIC.contains(type));
        static final Use NUMBER = new Use("numeric metric", NUMERIC::contains);
        static final Use AGGREGATABLE = new Use("aggregation", type -> !type.equals("text")
                && !type.equals("object"));
        static final Use RANGE = new Use("range query", type -> NUMERIC.contains(type) || type.equals("date")
                || type.equals("keyword"));
        static final Use QUERY = new Use("query", type -> !type.equals("object"));
        static final Use SORT = new Use("sort", type -> !type.equals("text") && !type.equals("object"));
    }

    private final ViewMappings mappings;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, List<Mapping>> dataViews = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    private KibanaObjectsChecker(ViewMappings mappings) {
        this.mappings = mappings;
    }

    static List<String> check(List<SavedObject> objects, ViewMappings mappings) {
        KibanaObjectsChecker checker = new KibanaObjectsChecker(mappings);
        checker.run(objects);
        return checker.violations;
    }

    private void run(List<SavedObject> objects) {
        for (SavedObject object : objects) {
            if (!ids.add(object.type() + "/" + object.id())) {
                violation(object, "duplicate id");
            }
            for (String key : List.of("type", "id", "attributes", "references", "coreMigrationVersion",
                    "typeMigrationVersion")) {
                if (object.json().path(key).isMissingNode()) {
                    violation(object, "has no " + key);
                }
            }
            if (object.type().equals("index-pattern")) {
                dataView(object);
            }
        }
        for (SavedObject object : objects) {
            references(object);
            switch (object.type()) {
                case "lens" -> lens(object);
                case "search" -> search(object);
                case "dashboard" -> dashboard(object);
                case "index-pattern" -> { }
                default -> violation(object, "unexpected type " + object.type());
            }
        }
    }

    private void references(SavedObject object) {
        for (JsonNode reference : object.json().path("references")) {
            String target = reference.path("type").asText() + "/" + reference.path("id").asText();
            if (!ids.contains(target)) {
                violation(object, "reference " + reference.path("name").asText() + " points to " + target
                        + ", which is in no NDJSON file");
            }
        }
    }

    private void dataView(SavedObject object) {
        List<Mapping> targets = new ArrayList<>();
        for (String index : object.attributes().path("title").asText().split(",")) {
            Optional<Mapping> mapping = mappings.of(index.trim());
            if (mapping.isEmpty()) {
                violation(object, "targets '" + index.trim() + "', which is no view alias or data stream of the "
                        + "query side " + mappings.indices());
            } else {
                targets.add(mapping.get());
            }
        }
        dataViews.put(object.id(), targets);
        JsonNode timeField = object.attributes().path("timeFieldName");
        if (!timeField.isMissingNode() && !targets.isEmpty()) {
            for (Mapping mapping : targets) {
                Optional<String> type = mapping.typeOf(timeField.asText());
                if (type.isEmpty() || !Use.DATE.accepts().test(type.get())) {
                    violation(object, "time field '%s' is %s in %s, needs a date".formatted(timeField.asText(),
                            type.orElse("missing"), mapping));
                }
            }
        }
        object.embedded(object.attributes().path("fieldFormatMap")).fieldNames()
                .forEachRemaining(field -> field(object, targets, field, Use.ANY, "field format"));
    }

    private void lens(SavedObject object) {
        JsonNode state = object.attributes().path("state");
        Map<String, List<Mapping>> layerViews = new LinkedHashMap<>();
        Map<String, Set<String>> layerColumns = new HashMap<>();
        state.path("datasourceStates").path("formBased").path("layers").properties().forEach(entry -> {
            String layerId = entry.getKey();
            List<Mapping> views = viewOf(object, "indexpattern-datasource-layer-" + layerId);
            layerViews.put(layerId, views);
            JsonNode columns = entry.getValue().path("columns");
            layerColumns.put(layerId, new HashSet<>());
            columns.properties().forEach(c -> layerColumns.get(layerId).add(c.getKey()));
            entry.getValue().path("columnOrder").forEach(id -> {
                if (!columns.has(id.asText())) {
                    violation(object, "layer %s orders column %s, which it does not have".formatted(layerId, id));
                }
            });
            columns.properties().forEach(c -> column(object, views, layerId, c.getKey(), c.getValue(), columns));
        });
        if (layerViews.isEmpty()) {
            violation(object, "has no formBased layer");
        }
        for (List<Mapping> views : layerViews.values()) {
            kql(object, views, state.path("query").path("query").asText(""), "query");
            filters(object, views, state.path("filters"));
        }
        accessors(object, state.path("visualization"), layerColumns);
    }

    private void column(SavedObject object, List<Mapping> views, String layerId, String columnId, JsonNode column,
                        JsonNode columns) {
        String operation = column.path("operationType").asText();
        String field = column.path("sourceField").asText(null);
        String where = "layer %s column %s (%s)".formatted(layerId, columnId, operation);
        if (field != null && !field.equals(RECORDS)) {
            Use use = switch (operation) {
                case "date_histogram" -> Use.DATE;
                case "terms" -> Use.TERMS;
                case "range" -> Use.NUMBER;
                case "count" -> Use.ANY;
                case "unique_count", "last_value" -> Use.AGGREGATABLE;
                default -> METRIC_OPERATIONS.contains(operation) ? Use.NUMBER : Use.AGGREGATABLE;
            };
            field(object, views, field, use, where);
        }
        if (column.path("filter").path("language").asText("kuery").equals("kuery")) {
            kql(object, views, column.path("filter").path("query").asText(""), where + " filter");
        }
        if (operation.equals("formula")) {
            formula(object, views, column.path("params").path("formula").asText(), where);
        }
        for (JsonNode reference : column.path("references")) {
            if (!columns.has(reference.asText())) {
                violation(object, where + " refers to column " + reference.asText() + ", which the layer lacks");
            }
        }
    }

    /** The fields a formula names: each aggregation's field argument, and its kql='…' filter. */
    private void formula(SavedObject object, List<Mapping> views, String formula, String where) {
        Matcher kql = KQL_ARGUMENT.matcher(formula);
        while (kql.find()) {
            kql(object, views, kql.group(1).replace("\\'", "'"), where + " formula kql");
        }
        Matcher call = FORMULA_FIELD.matcher(KQL_ARGUMENT.matcher(formula).replaceAll("kql=''"));
        while (call.find()) {
            String function = call.group(1);
            if (!FORMULA_FUNCTIONS.contains(function) || call.group(2).equals("kql")) {
                continue;
            }
            Use use = function.equals("count") ? Use.ANY
                    : METRIC_OPERATIONS.contains(function) ? Use.NUMBER : Use.AGGREGATABLE;
            field(object, views, call.group(2), use, where + " formula " + function + "()");
        }
    }

    private void accessors(SavedObject object, JsonNode visualization, Map<String, Set<String>> layerColumns) {
        List<JsonNode> layers = new ArrayList<>();
        if (visualization.has("layers")) {
            visualization.path("layers").forEach(layers::add);
        } else {
            layers.add(visualization);
        }
        for (JsonNode layer : layers) {
            Set<String> columns = layerColumns.get(layer.path("layerId").asText());
            if (columns == null) {
                violation(object, "visualization layer " + layer.path("layerId").asText() + " has no data layer");
                continue;
            }
            List<String> used = new ArrayList<>();
            for (String key : List.of("xAccessor", "splitAccessor", "metricAccessor")) {
                if (layer.hasNonNull(key)) {
                    used.add(layer.get(key).asText());
                }
            }
            layer.path("accessors").forEach(a -> used.add(a.asText()));
            layer.path("columns").forEach(c -> used.add(c.path("columnId").asText()));
            used.stream().filter(id -> !columns.contains(id)).forEach(id ->
                    violation(object, "visualization shows column " + id + ", which its layer lacks"));
        }
    }

    private void search(SavedObject object) {
        JsonNode source = object.embedded(object.attributes().path("kibanaSavedObjectMeta").path("searchSourceJSON"));
        List<Mapping> views = viewOf(object, source.path("indexRefName").asText());
        kql(object, views, source.path("query").path("query").asText(""), "query");
        filters(object, views, source.path("filter"));
        object.attributes().path("columns").forEach(c -> field(object, views, c.asText(), Use.ANY, "column"));
        object.attributes().path("sort").forEach(s -> field(object, views, s.path(0).asText(), Use.SORT, "sort"));
    }

    private void dashboard(SavedObject object) {
        Set<String> references = new HashSet<>();
        object.json().path("references").forEach(r -> references.add(r.path("name").asText()));
        for (JsonNode panel : object.embedded(object.attributes().path("panelsJSON"))) {
            String name = panel.path("panelIndex").asText() + ":" + panel.path("panelRefName").asText();
            if (!references.contains(name)) {
                violation(object, "panel " + panel.path("panelIndex").asText() + " has no reference " + name);
            }
        }
        JsonNode source = object.embedded(object.attributes().path("kibanaSavedObjectMeta").path("searchSourceJSON"));
        String query = source.path("query").path("query").asText("");
        if (!query.isBlank() || !source.path("filter").isEmpty()) {
            // a dashboard-wide query applies to every panel: its fields must exist behind each of them
            List<Mapping> all = new ArrayList<>();
            dataViews.values().forEach(all::addAll);
            kql(object, all, query, "dashboard query");
            filters(object, all, source.path("filter"));
        }
    }

    /** The mappings behind the data view a reference of this name points to. */
    private List<Mapping> viewOf(SavedObject object, String referenceName) {
        for (JsonNode reference : object.json().path("references")) {
            if (reference.path("name").asText().equals(referenceName)) {
                List<Mapping> views = dataViews.get(reference.path("id").asText());
                if (views == null) {
                    violation(object, referenceName + " points to data view " + reference.path("id").asText()
                            + ", which is in no NDJSON file");
                    return List.of();
                }
                return views;
            }
        }
        violation(object, "has no reference named " + referenceName);
        return List.of();
    }

    private void filters(SavedObject object, List<Mapping> views, JsonNode filters) {
        for (JsonNode filter : filters) {
            JsonNode key = filter.path("meta").path("key");
            if (key.isTextual()) {
                field(object, views, key.asText(), Use.QUERY, "filter");
            }
        }
    }

    /** Fields of a KQL query: each name before an operator, quoted values left out. */
    private void kql(SavedObject object, List<Mapping> views, String query, String where) {
        String unquoted = query.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        Matcher matcher = KQL_FIELD.matcher(unquoted);
        while (matcher.find()) {
            Use use = matcher.group(2).equals(":") ? Use.QUERY : Use.RANGE;
            field(object, views, matcher.group(1), use, where + " (KQL)");
        }
    }

    /**
     * A data view over several indices (e.g. {@code sq-complaints,sq-service-requests}) needs the field in at
     * least one of them, and every one that has it must give it a fitting type.
     */
    private void field(SavedObject object, List<Mapping> views, String field, Use use, String where) {
        if (views.isEmpty()) {
            return;
        }
        boolean found = false;
        for (Mapping mapping : views) {
            Optional<String> type = mapping.typeOf(field);
            if (type.isPresent()) {
                found = true;
                if (!use.accepts().test(type.get())) {
                    violation(object, "%s: field '%s' is %s in %s, which a %s cannot use".formatted(where, field,
                            type.get(), mapping, use.name()));
                }
            }
        }
        if (!found) {
            violation(object, "%s: field '%s' is not in %s".formatted(where, field,
                    views.stream().map(Mapping::toString).toList()));
        }
    }

    private void violation(SavedObject object, String message) {
        violations.add(object.name() + ": " + message);
    }
}
