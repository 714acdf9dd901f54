package com.serviceledger.command.incident;

import com.serviceledger.platform.axon.EventAvailability;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;

/** The relay's processor, configured in code as the inspection relay's is. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class IncidentRelayConfiguration {

    private static final String NAME = IncidentRelay.PROCESSING_GROUP;

    @Bean
    ConfigurerModule incidentRelayProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(NAME, EventAvailability::eventStoreOf, (config, builder) -> builder
                        .initialSegmentCount(1)
                        .batchSize(1))
                // a failed command fails the event, which is retried, instead of being skipped
                .registerListenerInvocationErrorHandler(NAME, config -> PropagatingErrorHandler.INSTANCE));
    }
}
