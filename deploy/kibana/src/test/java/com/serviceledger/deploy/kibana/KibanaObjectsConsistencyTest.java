package com.serviceledger.deploy.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The saved objects in {@code objects/*.ndjson} against the mappings the query side creates now: a mapping
 * change that drops or retypes a field a dashboard, visualization or saved search uses fails here, not in
 * front of an analyst.
 */
class KibanaObjectsConsistencyTest {

    private static List<SavedObject> objects;
    private static ViewMappings mappings;

    @BeforeAll
    static void read() {
        objects = SavedObject.readAll(Path.of("objects"));
        mappings = ViewMappings.current();
    }

    @Test
    void everyFieldExistsWithAFittingTypeAndEveryReferenceResolves() {
        assertThat(KibanaObjectsChecker.check(objects, mappings)).as("violations").isEmpty();
    }

    @Test
    void everyViewAndTheHistoryStreamHasADataView() {
        Set<String> targeted = objects.stream().filter(o -> o.type().equals("index-pattern"))
                .flatMap(o -> Set.of(o.title().split(",")).stream()).collect(Collectors.toSet());
        assertThat(targeted).containsAll(mappings.indices());
    }

    @Test
    void thereIsADashboardPerMetricAndForSlaBreaches() {
        Set<String> dashboards = objects.stream().filter(o -> o.type().equals("dashboard")).map(SavedObject::id)
                .collect(Collectors.toSet());
        assertThat(dashboards).contains("serviceledger-complaint-rate", "serviceledger-on-time-completion",
                "serviceledger-satisfaction-trend", "serviceledger-sla-breaches");
    }

    @Test
    void theMappingsAreTheCurrentVersionsTheQuerySideConfigures() {
        // application.yml: complaint and service-request views v4, rectifications v3, ratings v2
        assertThat(mappings.of("sq-complaints")).get().extracting(ViewMappings.Mapping::resource)
                .isEqualTo("elasticsearch/complaints-mapping-v7.json");
        assertThat(mappings.of("sq-rectifications")).get().extracting(ViewMappings.Mapping::resource)
                .isEqualTo("elasticsearch/rectifications-mapping-v3.json");
        assertThat(mappings.of("sq-history")).get().extracting(ViewMappings.Mapping::resource)
                .isEqualTo("elasticsearch/history-mapping-v1.json");
    }
}
