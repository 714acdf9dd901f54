package com.serviceledger.query.view;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import com.serviceledger.platform.axon.EventAvailability;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * A view's pooled streaming processor, configured in code: Axon's property-driven processor settings
 * are not relied upon under Boot 4. Each has a dead-letter queue in the relational database (table
 * {@code deadletterentry}): an event a view cannot take is parked with the rest of its aggregate's
 * events instead of stopping the whole view.
 */
public final class PooledViewProcessor {

    private PooledViewProcessor() {
    }

    public static ConfigurerModule module(String processingGroup, ProcessorSettings settings) {
        return configurer -> {
            processor(processingGroup, settings).configureModule(configurer);
            configurer.eventProcessing(processing -> processing
                    .registerDeadLetterQueue(processingGroup, config -> deadLetterQueue(processingGroup, config))
                    .registerDeadLetterPolicy(processingGroup, config -> DeadLetterParking::decide)
                    // a replay rebuilds the view from the first event, so letters parked before are obsolete. The
                    // invoker's sequence-identifier cache stays off: views park events past the invoker (at
                    // commit), which that cache would not see, so later events of a parked aggregate would slip
                    // through.
                    .registerDeadLetteringEventHandlerInvokerConfiguration(processingGroup,
                            (config, builder) -> builder.allowReset(true))
                    .registerHandlerInterceptor(processingGroup,
                            config -> DeadLetterParking.interceptor(processingGroup,
                                    config.eventProcessingConfiguration())));
        };
    }

    /**
     * A processor without a dead-letter queue, for append-only streams (the event history): nothing there
     * depends on an earlier event of the same aggregate, so a failure is retried, never parked, and the
     * per-event look-up in the queue would only slow every event down.
     */
    public static ConfigurerModule appendOnly(String processingGroup, ProcessorSettings settings) {
        return processor(processingGroup, settings);
    }

    private static ConfigurerModule processor(String processingGroup, ProcessorSettings settings) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(processingGroup, EventAvailability::eventStoreOf, (config, builder) -> {
                    ScheduledExecutorService workers = Executors.newScheduledThreadPool(settings.threadCount(),
                            new AxonThreadFactory("WorkPackage[" + processingGroup + "]"));
                    config.onShutdown(workers::shutdown);
                    return builder.workerExecutor(workers)
                            .batchSize(settings.batchSize())
                            .initialSegmentCount(settings.segmentCount())
                            .tokenClaimInterval(settings.tokenClaimInterval().toMillis());
                })
                // a failing handler fails the batch (retried) instead of silently skipping an event
                .registerListenerInvocationErrorHandler(processingGroup, config -> PropagatingErrorHandler.INSTANCE));
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String processingGroup, Configuration config) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processingGroup)
                .connectionProvider(config.getComponent(ConnectionProvider.class))
                .transactionManager(config.getComponent(TransactionManager.class))
                .genericSerializer(config.serializer())
                .eventSerializer(config.eventSerializer())
                .build();
    }
}
