package com.serviceledger.query.deadletter;

import com.serviceledger.query.web.QueryProblems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The view processors' dead-letter queues: what is parked, and retrying it. Blocking (JDBC). */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** A processor's parked events, grouped by sequence (aggregate), oldest first. */
    record Listing(String processor, long parked, List<ParkedLetter> letters) {
    }

    /** A sequence after a retry: every event projected (retried) or still parked from its first failing one. */
    record RetryOutcome(String processor, List<String> retried, List<ParkedLetter> stillParked) {
    }

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactionManager;
    private final DeadLetterAdminProperties properties;

    DeadLetters(EventProcessingConfiguration processing, TransactionManager transactionManager,
                DeadLetterAdminProperties properties) {
        this.processing = processing;
        this.transactionManager = transactionManager;
        this.properties = properties;
    }

    Listing list(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        return transactionManager.fetchInTransaction(() -> new Listing(processor, queue.size(),
                sequences(queue).values().stream().flatMap(List::stream).limit(properties.maxListed())
                        .map(ParkedLetter::of).toList()));
    }

    /**
     * Runs every parked sequence through the processor's handlers again, each from its first letter:
     * a sequence whose letters all succeed leaves the queue; one that fails again stays, from the failing
     * letter on, with its retry count raised.
     */
    RetryOutcome retry(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        SequencedDeadLetterProcessor<EventMessage<?>> retrier = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> QueryProblems.notFound("processor with a dead-letter queue", processor));
        Map<String, List<DeadLetter<? extends EventMessage<?>>>> parked =
                transactionManager.fetchInTransaction(() -> sequences(queue));
        List<String> retried = new ArrayList<>();
        parked.forEach((sequence, letters) -> {
            String firstEvent = letters.getFirst().message().getIdentifier();
            try {
                retrier.process(letter -> letter.message().getIdentifier().equals(firstEvent));
            } catch (RuntimeException e) {
                log.warn("Retrying the parked sequence {} of {} failed", sequence, processor, e);
            }
            if (!transactionManager.fetchInTransaction(() -> queue.contains(sequence))) {
                retried.add(aggregateOf(letters.getFirst()));
            }
        });
        List<ParkedLetter> stillParked = transactionManager.fetchInTransaction(() -> sequences(queue)).values()
                .stream().flatMap(List::stream).limit(properties.maxListed()).map(ParkedLetter::of).toList();
        log.info("Retried {} parked sequences of {}: {} cleared, {} events still parked", parked.size(), processor,
                retried.size(), stillParked.size());
        return new RetryOutcome(processor, retried, stillParked);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.eventProcessor(processor).isPresent()
                ? processing.deadLetterQueue(processor) : Optional.empty();
        return queue.orElseThrow(() -> QueryProblems.notFound("processor with a dead-letter queue", processor));
    }

    private static Map<String, List<DeadLetter<? extends EventMessage<?>>>> sequences(
            SequencedDeadLetterQueue<EventMessage<?>> queue) {
        Map<String, List<DeadLetter<? extends EventMessage<?>>>> sequences = new LinkedHashMap<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            sequence.forEach(letters::add);
            if (!letters.isEmpty()) {
                sequences.put(sequenceOf(letters.getFirst()), letters);
            }
        }
        return sequences;
    }

    /** The identifier the queue keeps the sequence under (the aggregate identifier, as a string). */
    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : aggregateOf(letter);
    }

    private static String aggregateOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }
}
