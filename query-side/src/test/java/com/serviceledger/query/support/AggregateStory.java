package com.serviceledger.query.support;

import com.serviceledger.kernel.common.MetadataKeys;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/** The events of one aggregate of any type, in order, numbered as the aggregate would number them. */
public final class AggregateStory {

    private final String type;
    private final String aggregateId;
    private final List<Object> events = new ArrayList<>();

    private AggregateStory(String type, String aggregateId) {
        this.type = type;
        this.aggregateId = aggregateId;
    }

    public static AggregateStory of(String type, String aggregateId, Object... events) {
        AggregateStory story = new AggregateStory(type, aggregateId);
        story.events.addAll(List.of(events));
        return story;
    }

    public AggregateStory then(Object... more) {
        events.addAll(List.of(more));
        return this;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long lastSequence() {
        return events.size() - 1L;
    }

    List<DomainEventMessage<?>> messages() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>(type, aggregateId, seq, events.get(seq),
                    MetaData.with(MetadataKeys.PRINCIPAL, "query-side-test")));
        }
        return messages;
    }
}
