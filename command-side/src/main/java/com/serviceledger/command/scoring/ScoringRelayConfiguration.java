package com.serviceledger.command.scoring;

import com.serviceledger.platform.axon.EventAvailability;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;

/**
 * The relay's processor, as the inspection relay's: one segment, one event per transaction, so the
 * complaints of one staff month are scored in the order they were verified, and a failed command is
 * retried instead of skipped.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ScoringRelayConfiguration {

    private static final String NAME = ScoringRelay.PROCESSING_GROUP;

    @Bean
    ConfigurerModule scoringRelayProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(NAME, EventAvailability::eventStoreOf, (config, builder) -> builder
                        .initialSegmentCount(1)
                        .batchSize(1))
                .registerListenerInvocationErrorHandler(NAME, config -> PropagatingErrorHandler.INSTANCE));
    }
}
