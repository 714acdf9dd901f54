package com.serviceledger.query.view;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * A view's pooled streaming processor, configured in code: Axon's property-driven processor settings
 * are not relied upon under Boot 4.
 */
public final class PooledViewProcessor {

    private PooledViewProcessor() {
    }

    public static ConfigurerModule module(String processingGroup, ProcessorSettings settings) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(processingGroup, Configuration::eventStore, (config, builder) -> {
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
}
