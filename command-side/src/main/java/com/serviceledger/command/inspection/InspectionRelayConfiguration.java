package com.serviceledger.command.inspection;

import com.serviceledger.platform.axon.EventAvailability;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;

/**
 * The relay's processor, configured in code (Axon's property-driven processor settings are not relied
 * upon under Boot 4). One segment, one event per transaction: an inspection is counted before the
 * outcomes of its rectifications, and two commands on one month never race.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class InspectionRelayConfiguration {

    private static final String NAME = InspectionRelay.PROCESSING_GROUP;

    @Bean
    ConfigurerModule inspectionRelayProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(NAME, EventAvailability::eventStoreOf, (config, builder) -> builder
                        .initialSegmentCount(1)
                        .batchSize(1))
                // a failed command fails the event, which is retried, instead of being skipped
                .registerListenerInvocationErrorHandler(NAME, config -> PropagatingErrorHandler.INSTANCE));
    }
}
