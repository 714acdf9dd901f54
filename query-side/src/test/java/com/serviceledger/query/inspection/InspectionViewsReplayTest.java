package com.serviceledger.query.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.InspectionEventLog;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.view.ViewIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/** Views are rebuilt by replay: a replay from the first event must rebuild identical documents. */
@QuerySideTest
class InspectionViewsReplayTest {

    private final InspectionEventLog log;
    private final ElasticsearchClient elasticsearch;
    private final List<ViewIndex> indices;

    InspectionViewsReplayTest(InspectionEventLog log, ElasticsearchClient elasticsearch,
                              InspectionIndices.Inspections inspections,
                              InspectionIndices.Rectifications rectifications,
                              InspectionIndices.QualityMonths months) {
        this.log = log;
        this.elasticsearch = elasticsearch;
        this.indices = List.of(inspections, rectifications, months);
    }

    @Test
    void replaying_the_processor_from_the_first_event_rebuilds_identical_inspection_views() {
        InspectionScenario first = InspectionScenario.march();
        InspectionScenario second = InspectionScenario.march();
        log.appendAndAwait(first.stories());
        log.appendAndAwait(second.stories());
        Map<String, Map<String, Map<String, Object>>> before = documentsOf(first.site, second.site);
        assertThat(before.get("sq-inspections")).hasSize(12);
        assertThat(before.get("sq-rectifications")).hasSize(10);
        assertThat(before.get("sq-quality-months")).hasSize(2);

        StreamingEventProcessor processor = log.processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(ComplaintEventLog.PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(documentsOf(first.site, second.site)).isEqualTo(before));
    }

    /** Every document of the given sites, per index, keyed by id. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Map<String, Object>>> documentsOf(String... sites) {
        List<FieldValue> siteIds = Arrays.stream(sites).map(FieldValue::of).toList();
        try {
            Map<String, Map<String, Map<String, Object>>> all = new TreeMap<>();
            for (ViewIndex index : indices) {
                index.refresh();
                Map<String, Map<String, Object>> docs = new TreeMap<>();
                elasticsearch.search(s -> s.index(index.alias()).size(1_000)
                                .query(q -> q.terms(t -> t.field("siteId").terms(v -> v.value(siteIds)))), Map.class)
                        .hits().hits().forEach(hit -> docs.put(hit.id(), (Map<String, Object>) hit.source()));
                all.put(index.alias(), docs);
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
