package com.serviceledger.query.support;

import com.serviceledger.query.complaint.ComplaintProjection;
import com.serviceledger.query.elasticsearch.ComplaintIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Appends complaint histories to the real event store and waits for the complaint view to catch up. */
public class ComplaintEventLog {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final ComplaintIndex index;
    private final Api api;

    ComplaintEventLog(EventStore eventStore, EventProcessingConfiguration processing, ComplaintIndex index, Api api) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.index = index;
        this.api = api;
    }

    /** Appends the stories in one transaction, as one command batch would. */
    public void append(ComplaintStory... stories) {
        append(List.of(stories));
    }

    public void append(List<ComplaintStory> stories) {
        List<EventMessage<?>> messages = new ArrayList<>();
        stories.forEach(story -> messages.addAll(story.messages()));
        eventStore.publish(messages);
    }

    /** Appends, waits until every story's last event is in its view, and makes the views searchable. */
    public void appendAndAwait(ComplaintStory... stories) {
        append(stories);
        awaitProjected(stories);
    }

    /**
     * Appends the story's events from {@code firstSequence} on (the earlier ones already appended) and waits until
     * its last event is in its view: the view then applies them to the document read back from the index.
     */
    public void appendRestAndAwait(ComplaintStory story, int firstSequence) {
        List<DomainEventMessage<?>> messages = story.messages();
        eventStore.publish(new ArrayList<EventMessage<?>>(messages.subList(firstSequence, messages.size())));
        awaitProjected(story);
    }

    public void awaitProjected(ComplaintStory... stories) {
        for (ComplaintStory story : stories) {
            Awaitility.await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                    .until(() -> api.lastSequence(story.complaintId()) == story.lastSequence());
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

    public StreamingEventProcessor complaintViewProcessor() {
        return processing.eventProcessor(ComplaintProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }
}
