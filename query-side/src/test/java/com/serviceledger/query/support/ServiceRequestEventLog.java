package com.serviceledger.query.support;

import com.serviceledger.query.servicerequest.ServiceRequestIndex;
import com.serviceledger.query.servicerequest.ServiceRequestProjection;
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

/** Appends service request histories to the real event store and waits for the view to catch up. */
public class ServiceRequestEventLog {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final ServiceRequestIndex index;
    private final Api api;

    ServiceRequestEventLog(EventStore eventStore, EventProcessingConfiguration processing, ServiceRequestIndex index,
                           Api api) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.index = index;
        this.api = api;
    }

    /** Appends the stories in one transaction, as one command batch would. */
    public void append(List<ServiceRequestStory> stories) {
        List<EventMessage<?>> messages = new ArrayList<>();
        stories.forEach(story -> messages.addAll(story.messages()));
        eventStore.publish(messages);
    }

    /** Appends, waits until every story's last event is in its view, and makes the views searchable. */
    public void appendAndAwait(ServiceRequestStory... stories) {
        append(List.of(stories));
        awaitProjected(List.of(stories));
    }

    public void awaitProjected(List<ServiceRequestStory> stories) {
        for (ServiceRequestStory story : stories) {
            Awaitility.await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                    .until(() -> lastSequence(story.requestId()) == story.lastSequence());
        }
        refresh();
    }

    public void refresh() {
        try {
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EventStore eventStore() {
        return eventStore;
    }

    public StreamingEventProcessor processor() {
        return processing.eventProcessor(ServiceRequestProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    /** The view's last applied sequence number, -1 while the request is not in the view. */
    private long lastSequence(String requestId) {
        var result = api.http().get().uri("/api/service-requests/{id}", requestId).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult();
        if (result.getStatus().value() == HttpStatus.NOT_FOUND.value()) {
            return -1;
        }
        Object seq = result.getResponseBody() == null ? null : result.getResponseBody().get("lastSequence");
        return seq == null ? -1 : ((Number) seq).longValue();
    }
}
