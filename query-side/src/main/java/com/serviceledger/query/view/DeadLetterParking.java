package com.serviceledger.query.view;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Parks the events of a document a view cannot take in its processor's dead-letter queue. A view writes
 * at commit time, after Axon's dead-lettering invoker has already handed the events on, so the invoker
 * never sees such a failure; the view parks them itself, under the sequence identifier the invoker uses
 * (the processor's sequencing policy: the aggregate identifier). From then on the invoker parks every
 * later event of that aggregate behind them until they are retried.
 * <p>
 * One parking per processor batch, put into the batch's unit of work by the processor's interceptor;
 * absent while a dead letter is being retried (a failure then keeps the letter parked) and in processors
 * without a queue (a failure then fails the batch).
 */
public final class DeadLetterParking {

    /** Diagnostics entry: how often the letter was retried without success. */
    public static final String RETRIES = "retries";

    private static final String RESOURCE = DeadLetterParking.class.getName();

    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final SequencingPolicy<? super EventMessage<?>> sequencingPolicy;
    /** An event touching several documents of the batch is parked once. */
    private final Set<String> parkedEvents = new HashSet<>();

    private DeadLetterParking(SequencedDeadLetterQueue<EventMessage<?>> queue,
                              SequencingPolicy<? super EventMessage<?>> sequencingPolicy) {
        this.queue = queue;
        this.sequencingPolicy = sequencingPolicy;
    }

    /** The processor's interceptor that makes its queue available to the views it feeds. */
    static MessageHandlerInterceptor<EventMessage<?>> interceptor(String processingGroup,
                                                                 EventProcessingConfiguration processing) {
        return (unitOfWork, chain) -> {
            if (!retrying(unitOfWork)) {
                unitOfWork.root().getOrComputeResource(RESOURCE, key -> processing.deadLetterQueue(processingGroup)
                        .map(queue -> new DeadLetterParking(queue, processing.sequencingPolicy(processingGroup)))
                        .orElse(null));
            }
            return chain.proceed();
        };
    }

    static Optional<DeadLetterParking> of(UnitOfWork<?> unitOfWork) {
        if (retrying(unitOfWork)) {
            return Optional.empty();
        }
        return Optional.ofNullable(unitOfWork.root().getResource(RESOURCE));
    }

    /** Axon's dead-letter processing task puts the letter being retried into its unit of work. */
    static boolean retrying(UnitOfWork<?> unitOfWork) {
        return unitOfWork.resources().containsKey(DeadLetter.class.getName());
    }

    void park(EventMessage<?> event, Throwable cause) {
        if (!parkedEvents.add(event.getIdentifier())) {
            return;
        }
        Object sequence = sequenceIdentifier(event);
        queue.enqueue(sequence, new GenericDeadLetter<EventMessage<?>>(sequence, event, ThrowableCause.truncated(cause))
                .withDiagnostics(MetaData.with(RETRIES, 0)));
    }

    /** The same identifier Axon's invoker derives, so the invoker recognises the sequence as parked. */
    private Object sequenceIdentifier(EventMessage<?> event) {
        Object identifier = sequencingPolicy.getSequenceIdentifierFor(event);
        return identifier != null ? identifier : event.getIdentifier();
    }

    /**
     * The processor's enqueue policy: always keep a failing letter, counting unsuccessful retries in its
     * diagnostics (a first enqueue has none yet).
     */
    static EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        return Decisions.requeue(ThrowableCause.truncated(cause), failed -> {
            MetaData diagnostics = failed.diagnostics();
            Object retries = diagnostics.get(RETRIES);
            return diagnostics.and(RETRIES, retries instanceof Number n ? n.intValue() + 1 : 0);
        });
    }

    public static int retries(DeadLetter<?> letter) {
        return letter.diagnostics().get(RETRIES) instanceof Number n ? n.intValue() : 0;
    }
}
