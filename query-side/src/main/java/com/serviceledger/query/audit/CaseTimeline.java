package com.serviceledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.kernel.common.MetadataKeys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A case's steps as the people who work it see them: each event of the case's own stream with who (the principal
 * of the request that caused it) and when, and its structural facts (units, people by id, categories, scores,
 * yes/no), read from the event store through the audit's reading code. Never personal data, never free text (which
 * may hold sealed personal data): the view shows the case's words, masked. The caller has found the case within
 * the reader's scope by its view first ({@code GET /api/complaints/{id}}'s rule), so the timeline answers for
 * exactly the cases the view does.
 */
@Component
public class CaseTimeline {

    /**
     * One step of a case: its place in the stream, the event's name, when, who (the principal, and their staff id
     * when they are staff; none for the system's own steps such as a deadline), through which client, and facts.
     */
    public record Step(long sequence, String type, Instant at, String principal, String staffId, String client,
                       Map<String, Object> facts) {
    }

    /** Enumerated values among the events' fields (the rest of the strings are ids, by name, or text). */
    private static final Set<String> CODES = Set.of("channel", "urgency", "misconduct", "grade", "difficulty",
            "target", "category", "act", "firstResponseAct", "kind", "mediaType", "sha256");
    /** The case's own id and the customer's pseudonym: shown elsewhere, or nobody's business. */
    private static final Set<String> LEFT_OUT = Set.of("complaintId", "requestId", "caseId", "customerId");

    private final AuditTrail trail;

    CaseTimeline(AuditTrail trail) {
        this.trail = trail;
    }

    /** The case's steps, oldest first; empty when the event store holds none for the id. */
    public Mono<List<Step>> of(String aggregateId) {
        return trail.readCaseFoundInScope(aggregateId, events -> events.stream().map(this::step).toList());
    }

    private Step step(DomainEventMessage<?> event) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts(trail.strippedPayload(event), "", facts);
        return new Step(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                AuditTrail.text(event, MetadataKeys.PRINCIPAL), AuditTrail.text(event, MetadataKeys.STAFF_ID),
                AuditTrail.text(event, MetadataKeys.CLIENT),
                facts);
    }

    /** The payload's facts, nested objects one level deep with dotted names ({@code complainedAbout.departmentId}). */
    private static void facts(JsonNode node, String prefix, Map<String, Object> facts) {
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (LEFT_OUT.contains(name)) {
                return;
            }
            if (value.isObject() && prefix.isEmpty()) {
                facts(value, name + ".", facts);
            } else if (value.isBoolean()) {
                facts.put(prefix + name, value.booleanValue());
            } else if (value.isIntegralNumber()) {
                facts.put(prefix + name, value.longValue());
            } else if (value.isTextual() && (name.endsWith("Id") || CODES.contains(name))) {
                facts.put(prefix + name, value.textValue());
            }
        });
    }
}
