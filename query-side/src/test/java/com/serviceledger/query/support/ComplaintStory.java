package com.serviceledger.query.support;

import com.serviceledger.kernel.common.MetadataKeys;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/** The events of one complaint, in order, numbered as the aggregate would number them. */
public final class ComplaintStory {

    private final String complaintId;
    private final List<Object> events = new ArrayList<>();

    private ComplaintStory(String complaintId) {
        this.complaintId = complaintId;
    }

    public static ComplaintStory of(String complaintId, Object... events) {
        ComplaintStory story = new ComplaintStory(complaintId);
        story.events.addAll(List.of(events));
        return story;
    }

    public ComplaintStory then(Object... more) {
        events.addAll(List.of(more));
        return this;
    }

    public String complaintId() {
        return complaintId;
    }

    /** The events in order (their sequence numbers are their positions). */
    public List<Object> events() {
        return List.copyOf(events);
    }

    public long lastSequence() {
        return events.size() - 1L;
    }

    List<DomainEventMessage<?>> messages() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int seq = 0; seq < events.size(); seq++) {
            messages.add(new GenericDomainEventMessage<>("Complaint", complaintId, seq, events.get(seq),
                    MetaData.with(MetadataKeys.PRINCIPAL, "query-side-test")));
        }
        return messages;
    }
}
