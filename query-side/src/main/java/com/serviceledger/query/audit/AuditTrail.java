package com.serviceledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.history.PersonalData;
import com.serviceledger.query.security.ReadScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A case's events read from the event store itself, not from a view: what an auditor replays. Reads run on
 * threads of their own, which a client hanging up never interrupts (an interrupted thread closes an H2
 * file store).
 */
@Component
class AuditTrail implements DisposableBean {

    private final EventStore events;
    private final ExecutorService reads = Executors.newFixedThreadPool(2, new AxonThreadFactory("audit-read"));
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    AuditTrail(EventStore events) {
        this.events = events;
    }

    /**
     * The events in order, without personal data; empty when no such case exists, it lies outside the caller's
     * scope ({@link CaseScope}) or none is before the cut.
     */
    Mono<List<AuditEntry>> caseEvents(String aggregateId, CaseCut cut) {
        return readCase(aggregateId, cut, messages -> messages.stream().<AuditEntry>map(this::entry).toList());
    }

    /**
     * Reads the case's events up to the cut on a read thread and hands them, in order, to {@code then} there.
     * The list is empty when no such case exists, it lies outside the caller's scope or the cut is before its
     * first event.
     */
    <T> Mono<T> readCase(String aggregateId, CaseCut cut, Function<List<DomainEventMessage<?>>, T> then) {
        return ReadScope.current().flatMap(scope -> Mono.fromFuture(() -> CompletableFuture.supplyAsync(
                () -> then.apply(read(aggregateId, cut, scope)), reads)));
    }

    /**
     * All of the case's events, in order, on a read thread, for a caller that has already found the case within
     * the reader's scope by its view (a case's timeline: the case readers' rule, as the view itself answers).
     */
    <T> Mono<T> readCaseFoundInScope(String aggregateId, Function<List<DomainEventMessage<?>>, T> then) {
        return Mono.fromFuture(() -> CompletableFuture.supplyAsync(
                () -> then.apply(read(aggregateId, new CaseCut(null, null), null)), reads));
    }

    /** @param scope the reader's, or null when the caller has checked it */
    private List<DomainEventMessage<?>> read(String aggregateId, CaseCut cut, Scope scope) {
        List<DomainEventMessage<?>> selected = new ArrayList<>();
        // from sequence 0: an auditor wants the events themselves, never a snapshot in their place
        DomainEventStream stream = events.readEvents(aggregateId, 0);
        if (scope != null && stream.hasNext() && !CaseScope.covers(scope, () -> json.valueToTree(stream.peek().getPayload()))) {
            return selected;
        }
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!cut.includes(event)) {
                break;
            }
            selected.add(event);
        }
        return selected;
    }

    /** The payload as JSON without personal data, as the audit shows it. */
    JsonNode strippedPayload(DomainEventMessage<?> event) {
        return PersonalData.strip(json.valueToTree(event.getPayload()));
    }

    @SuppressWarnings("unchecked")
    private AuditEntry entry(DomainEventMessage<?> event) {
        JsonNode payload = strippedPayload(event);
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        return new AuditEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                revision == null ? null : revision.value(), event.getIdentifier(), event.getTimestamp(),
                text(event, MetadataKeys.PRINCIPAL), text(event, MetadataKeys.CLIENT),
                text(event, MetadataKeys.CORRELATION_ID), text(event, MetadataKeys.CAUSATION_ID),
                json.convertValue(payload, Map.class));
    }

    static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @Override
    public void destroy() {
        reads.shutdown();
    }
}
