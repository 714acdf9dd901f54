package com.serviceledger.query.deadletter;

import com.serviceledger.query.view.DeadLetterParking;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;

/**
 * One parked event as operators see it: where it belongs and why it is parked, never its payload or
 * metadata (they may hold a customer's identity).
 */
public record ParkedLetter(String eventId, String aggregateId, Long sequenceNumber, String eventType,
                           String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched,
                           int retries) {

    static ParkedLetter of(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domainEvent = event instanceof DomainEventMessage<?> d ? d : null;
        return new ParkedLetter(event.getIdentifier(),
                domainEvent == null ? null : domainEvent.getAggregateIdentifier(),
                domainEvent == null ? null : domainEvent.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                letter.cause().map(Cause::type).orElse(null),
                letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), DeadLetterParking.retries(letter));
    }
}
