package com.serviceledger.command.policy;

import com.serviceledger.kernel.policy.ComplaintPolicy;
import com.serviceledger.kernel.policy.IncidentPolicy;
import com.serviceledger.kernel.policy.InspectionPolicy;
import com.serviceledger.kernel.policy.PolicyProvider;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.kernel.policy.PublishPolicy;
import com.serviceledger.kernel.policy.ScoringPolicy;
import com.serviceledger.kernel.policy.ServiceRequestPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The policy in force for a subsidiary: its latest published version, read from the event store (the
 * command side's source of truth), or the configured default where none was published. Cached briefly:
 * a publication in this JVM evicts at once, one on another node is seen within the cache time.
 */
@Component
@Primary
@ProcessingGroup(PublishedPolicies.CACHE_EVICTION)
public class PublishedPolicies implements PolicyProvider {

    /** A subscribing processor: each node evicts on the publications it handles itself. */
    static final String CACHE_EVICTION = "policy-cache-eviction";

    private final EventStore eventStore;
    private final ConfiguredPolicyProvider defaults;
    private final Clock clock;
    private final Duration cacheTime;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    PublishedPolicies(EventStore eventStore, ConfiguredPolicyProvider defaults, Clock clock,
                      PolicyProperties properties) {
        this.eventStore = eventStore;
        this.defaults = defaults;
        this.clock = clock;
        this.cacheTime = properties.cacheTime();
    }

    @Override
    public ComplaintPolicy complaintPolicy(String subsidiaryId) {
        return latest(subsidiaryId).map(ComplaintPolicy::of).orElseGet(() -> defaults.complaintPolicy(subsidiaryId));
    }

    @Override
    public ServiceRequestPolicy serviceRequestPolicy(String subsidiaryId) {
        return latest(subsidiaryId).map(ServiceRequestPolicy::of)
                .orElseGet(() -> defaults.serviceRequestPolicy(subsidiaryId));
    }

    /**
     * The latest published version's inspection terms; where it has none, the configured ones, in the time
     * zone of the subsidiary's policy in force.
     */
    @Override
    public InspectionPolicy inspectionPolicy(String subsidiaryId) {
        return latest(subsidiaryId).filter(published -> published.terms().inspection() != null)
                .map(InspectionPolicy::of)
                .orElseGet(() -> defaults.inspectionPolicy(subsidiaryId, complaintPolicy(subsidiaryId).zone()));
    }

    /**
     * The scoring terms of the latest published version (the regulation's defaults in versions that named
     * none), else the configured ones.
     */
    @Override
    public ScoringPolicy scoringPolicy(String subsidiaryId) {
        return latest(subsidiaryId).map(ScoringPolicy::of).orElseGet(() -> defaults.scoringPolicy(subsidiaryId));
    }

    /**
     * The scoring terms of the last version published at or before the instant; before the first publication,
     * the configured ones.
     */
    @Override
    public ScoringPolicy scoringPolicyAt(String subsidiaryId, Instant at) {
        return versions(subsidiaryId).stream().filter(published -> !published.publishedAt().isAfter(at))
                .reduce((earlier, later) -> later).map(ScoringPolicy::of)
                .orElseGet(() -> defaults.scoringPolicy(subsidiaryId));
    }

    /** The emergency terms of the latest published version, else the configured ones. */
    @Override
    public IncidentPolicy incidentPolicy(String subsidiaryId) {
        return latest(subsidiaryId).map(IncidentPolicy::of).orElseGet(() -> defaults.incidentPolicy(subsidiaryId));
    }

    /** The latest published version, if any. */
    public Optional<PolicyPublished> latest(String subsidiaryId) {
        List<PolicyPublished> versions = versions(subsidiaryId);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** Every published version, oldest first. */
    private List<PolicyPublished> versions(String subsidiaryId) {
        Instant now = clock.instant();
        Cached cached = cache.get(subsidiaryId);
        if (cached == null || cached.loadedAt().plus(cacheTime).isBefore(now)) {
            cached = new Cached(load(subsidiaryId), now);
            cache.put(subsidiaryId, cached);
        }
        return cached.versions();
    }

    @EventHandler
    void on(PolicyPublished event) {
        cache.remove(event.subsidiaryId());
    }

    private List<PolicyPublished> load(String subsidiaryId) {
        return eventStore.readEvents(PublishPolicy.policyIdOf(subsidiaryId)).asStream()
                .map(message -> message.getPayload())
                .filter(PolicyPublished.class::isInstance)
                .map(PolicyPublished.class::cast)
                .toList();
    }

    private record Cached(List<PolicyPublished> versions, Instant loadedAt) {
    }
}
