package com.serviceledger.query.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.inspection.InspectionProjection;
import com.serviceledger.query.inspection.InspectionViewsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;

/**
 * Appends inspection, rectification and quality-month histories to the real event store and waits,
 * through the read API, until every story's last event is in its view, then makes the views searchable (a read by
 * id is real-time, a search only after the index refreshed).
 */
public class InspectionEventLog {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Api api;
    private final ElasticsearchClient elasticsearch;
    private final InspectionViewsProperties indices;

    InspectionEventLog(EventStore eventStore, EventProcessingConfiguration processing, Api api,
                       ElasticsearchClient elasticsearch, InspectionViewsProperties indices) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.api = api;
        this.elasticsearch = elasticsearch;
        this.indices = indices;
    }

    /** Appends in one transaction, as one command batch would, and waits for the views. */
    public void appendAndAwait(Map<String, List<AggregateStory>> storiesByCollection) {
        List<EventMessage<?>> messages = new ArrayList<>();
        storiesByCollection.values().forEach(stories -> stories.forEach(story -> messages.addAll(story.messages())));
        eventStore.publish(messages);
        awaitProjected(storiesByCollection);
    }

    /** @param storiesByCollection stories keyed by the API collection of their view, e.g. {@code inspections} */
    public void awaitProjected(Map<String, List<AggregateStory>> storiesByCollection) {
        storiesByCollection.forEach((collection, stories) -> stories.forEach(story ->
                Awaitility.await().atMost(ComplaintEventLog.PATIENCE).pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(50))
                        .until(() -> lastSequence(collection, story.aggregateId()) == story.lastSequence())));
        try {
            elasticsearch.indices().refresh(r -> r.index(indices.inspectionsAlias(), indices.rectificationsAlias(),
                    indices.qualityMonthsAlias()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StreamingEventProcessor processor() {
        return processing.eventProcessor(InspectionProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private long lastSequence(String collection, String id) {
        var result = api.http().get().uri("/api/{collection}/{id}", collection, id).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult();
        if (result.getStatus().value() == HttpStatus.NOT_FOUND.value() || result.getResponseBody() == null) {
            return -1;
        }
        Object seq = result.getResponseBody().get("lastSequence");
        return seq == null ? -1 : ((Number) seq).longValue();
    }
}
