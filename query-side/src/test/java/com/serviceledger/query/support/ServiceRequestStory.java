package com.serviceledger.query.support;

import com.serviceledger.kernel.common.MetadataKeys;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/** The events of one service request, in order, numbered as the aggregate would number them. */
public final class ServiceRequestStory {

    private final String requestId;
    private final List<Object> events = new ArrayList<>();

    private ServiceRequestStory(String requestId) {
        this.requestId = requestId;
    }

    public static ServiceRequestStory of(String requestId, Object... events) {
        ServiceRequestStory story = new ServiceRequestStory(requestId);
        story.events.addAll(List.of(events));
        return story;
    }

    public ServiceRequestStory then(Object... more) {
        events.addAll(List.of(more));
        return this;
    }

    public String requestId() {
        return requestId;
    }

    public long lastSequence() {
        return events.size() - 1L;
    }

    List<DomainEventMessage<?>> messages() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("ServiceRequest", requestId, seq, events.get(seq),
                    MetaData.with(MetadataKeys.PRINCIPAL, "query-side-test")));
        }
        return messages;
    }
}
