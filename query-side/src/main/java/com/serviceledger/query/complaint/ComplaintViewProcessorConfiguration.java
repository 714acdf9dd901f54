package com.serviceledger.query.complaint;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;

/**
 * The complaint view's pooled streaming processor, configured in code: Axon's property-driven processor
 * settings are not relied upon under Boot 4.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ComplaintViewProcessorConfiguration {

    private static final String NAME = ComplaintProjection.PROCESSING_GROUP;

    @Bean
    ConfigurerModule complaintViewProcessor(ComplaintViewProcessorProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(NAME, Configuration::eventStore, (config, builder) -> {
                    ScheduledExecutorService workers = Executors.newScheduledThreadPool(properties.threadCount(),
                            new AxonThreadFactory("WorkPackage[" + NAME + "]"));
                    config.onShutdown(workers::shutdown);
                    return builder.workerExecutor(workers)
                            .batchSize(properties.batchSize())
                            .initialSegmentCount(properties.segmentCount())
                            .tokenClaimInterval(properties.tokenClaimInterval().toMillis());
                })
                // a failing handler fails the batch (retried) instead of silently skipping an event
                .registerListenerInvocationErrorHandler(NAME, config -> PropagatingErrorHandler.INSTANCE));
    }
}
