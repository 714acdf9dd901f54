package com.serviceledger.query.support;

import com.serviceledger.query.inspection.InspectionProjection;
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
 * through the read API, until every story's last event is in its view.
 */
public class InspectionEventLog {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Api api;

    InspectionEventLog(EventStore eventStore, EventProcessingConfiguration processing, Api api) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.api = api;
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
