package com.serviceledger.deploy.kibana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.query.elasticsearch.ComplaintIndexProperties;
import com.serviceledger.query.history.HistoryProperties;
import com.serviceledger.query.improvement.ImprovementViewProperties;
import com.serviceledger.query.incident.IncidentViewProperties;
import com.serviceledger.query.inspection.InspectionViewsProperties;
import com.serviceledger.query.organisation.OrganisationViewProperties;
import com.serviceledger.query.policy.SatisfactionTargetViewProperties;
import com.serviceledger.query.satisfaction.RatingViewProperties;
import com.serviceledger.query.scoring.ScorecardViewProperties;
import com.serviceledger.query.servicerequest.ServiceRequestIndexProperties;
import com.serviceledger.query.view.IndexSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.UrlResource;

/**
 * The mapping behind every name a Kibana data view may target: each view alias and the history data stream,
 * with the mapping version the query side creates. The versions come from where the query side takes them: its
 * {@code @ConfigurationProperties} records bound to its own {@code application.yml} (defaults included), so a
 * mapping bump there is what this checks against. Only Spring Boot's binder is used, no application context.
 */
final class ViewMappings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Mapping> byIndex;

    private ViewMappings(Map<String, Mapping> byIndex) {
        this.byIndex = byIndex;
    }

    /** A mapping resource with its fields flattened to dotted paths. */
    record Mapping(String index, String resource, Map<String, String> fieldTypes, List<String> flattenedFields) {

        /** The field's type, a flattened field's sub-key counting as keyword (as Elasticsearch indexes it). */
        Optional<String> typeOf(String field) {
            String type = fieldTypes.get(field);
            if (type != null) {
                return Optional.of(type);
            }
            return flattenedFields.stream().filter(f -> field.startsWith(f + ".")).findFirst().map(f -> "keyword");
        }

        @Override
        public String toString() {
            return resource + " (" + index + ")";
        }
    }

    static ViewMappings current() {
        Binder binder = queryConfiguration();
        ComplaintIndexProperties complaints = bind(binder, "complaint-index", ComplaintIndexProperties.class);
        ServiceRequestIndexProperties requests = bind(binder, "service-request-index",
                ServiceRequestIndexProperties.class);
        RatingViewProperties ratings = bind(binder, "rating-view", RatingViewProperties.class);
        InspectionViewsProperties inspections = bind(binder, "inspection-views", InspectionViewsProperties.class);
        OrganisationViewProperties organisation = bind(binder, "organisation-view", OrganisationViewProperties.class);
        ScorecardViewProperties scorecards = bind(binder, "scorecard-view", ScorecardViewProperties.class);
        HistoryProperties history = bind(binder, "history", HistoryProperties.class);
        ImprovementViewProperties improvements = bind(binder, "improvement-view", ImprovementViewProperties.class);
        IncidentViewProperties incidents = bind(binder, "incident-view", IncidentViewProperties.class);
        SatisfactionTargetViewProperties targets = bind(binder, "satisfaction-target-view",
                SatisfactionTargetViewProperties.class);
        List<IndexSettings> all = List.of(complaints, requests, ratings,
                call(inspections, "inspections", IndexSettings.class),
                call(inspections, "rectifications", IndexSettings.class),
                call(inspections, "qualityMonths", IndexSettings.class),
                call(organisation, "staff", IndexSettings.class),
                call(organisation, "subsidiaries", IndexSettings.class),
                call(organisation, "policies", IndexSettings.class),
                call(scorecards, "index", IndexSettings.class),
                improvements,
                call(incidents, "index", IndexSettings.class),
                call(incidents, "plans", IndexSettings.class),
                targets);
        Map<String, Mapping> byIndex = new LinkedHashMap<>();
        for (IndexSettings view : all) {
            byIndex.put(view.alias(), read(view.alias(), view.mappingResource()));
        }
        byIndex.put(history.dataStream(),
                read(history.dataStream(), call(history, "mappingResource", String.class)));
        return new ViewMappings(byIndex);
    }

    Optional<Mapping> of(String index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    java.util.Set<String> indices() {
        return byIndex.keySet();
    }

    /** The query side's own application.yml (not another module's on the classpath), without profile sections. */
    private static Binder queryConfiguration() {
        try {
            URL location = ComplaintIndexProperties.class.getProtectionDomain().getCodeSource().getLocation();
            Path path = Path.of(location.toURI());
            URL yaml = Files.isDirectory(path) ? path.resolve("application.yml").toUri().toURL()
                    : URI.create("jar:" + path.toUri() + "!/application.yml").toURL();
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("query-side", new UrlResource(yaml))
                    .stream().filter(s -> s.getProperty("spring.config.activate.on-profile") == null).toList();
            return new Binder(ConfigurationPropertySources.from(sources));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the query side's application.yml", e);
        }
    }

    private static <T> T bind(Binder binder, String name, Class<T> type) {
        return binder.bindOrCreate("serviceledger.query." + name, Bindable.of(type));
    }

    /** The records' package-private accessors that assemble each view's settings, as the query side calls them. */
    private static <T> T call(Object target, String method, Class<T> result) {
        try {
            Method accessor = target.getClass().getDeclaredMethod(method);
            accessor.setAccessible(true);
            return result.cast(accessor.invoke(target));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The query side no longer has " + target.getClass().getSimpleName()
                    + "." + method + "(): update ViewMappings", e);
        }
    }

    private static Mapping read(String index, String resource) {
        try (InputStream in = ComplaintIndexProperties.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No mapping resource " + resource + " for " + index);
            }
            JsonNode root = JSON.readTree(in);
            Map<String, String> types = new LinkedHashMap<>();
            List<String> flattened = new java.util.ArrayList<>();
            collect(root.path("properties"), "", types, flattened);
            return new Mapping(index, resource, types, flattened);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode properties, String prefix, Map<String, String> types, List<String> flattened) {
        properties.properties().forEach(entry -> {
            String path = prefix + entry.getKey();
            JsonNode field = entry.getValue();
            if (field.has("properties")) {
                types.put(path, "object");
                collect(field.get("properties"), path + ".", types, flattened);
                return;
            }
            String type = field.path("type").asText("object");
            types.put(path, type);
            if (type.equals("flattened")) {
                flattened.add(path);
            }
            field.path("fields").properties().forEach(sub ->
                    types.put(path + "." + sub.getKey(), sub.getValue().path("type").asText()));
        });
    }
}
