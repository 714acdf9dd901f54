package com.serviceledger.command.notification;

import com.serviceledger.kernel.notification.NotificationTerms;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PublishPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The notification rules in force for a subsidiary at an instant: those of the policy version published last before
 * it, the regulations' defaults before any. Each subsidiary's versions are read once and kept until a new one is
 * published (the planner sees the publication in its own stream, before any later event).
 */
class NotificationPolicies {

    private final EventStore eventStore;
    private final Map<String, List<PolicyPublished>> versions = new ConcurrentHashMap<>();

    NotificationPolicies(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    NotificationTerms termsAt(String subsidiaryId, Instant at) {
        if (subsidiaryId == null) {
            return NotificationTerms.defaults();
        }
        return versions.computeIfAbsent(subsidiaryId, this::load).stream()
                .filter(version -> !version.publishedAt().isAfter(at))
                .reduce((earlier, later) -> later)
                .map(version -> version.terms().notifications())
                .orElseGet(NotificationTerms::defaults);
    }

    void published(PolicyPublished event) {
        versions.remove(event.subsidiaryId());
    }

    private List<PolicyPublished> load(String subsidiaryId) {
        return eventStore.readEvents(PublishPolicy.policyIdOf(subsidiaryId)).asStream()
                .map(message -> message.getPayload())
                .filter(PolicyPublished.class::isInstance)
                .map(PolicyPublished.class::cast)
                .toList();
    }
}
