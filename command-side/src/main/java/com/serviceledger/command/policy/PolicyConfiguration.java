package com.serviceledger.command.policy;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    /** Cache eviction runs in the publishing thread; it needs no token and no replay. */
    @Bean
    ConfigurerModule policyCacheEvictionProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(PublishedPolicies.CACHE_EVICTION));
    }
}
