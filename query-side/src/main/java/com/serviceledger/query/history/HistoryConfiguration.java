package com.serviceledger.query.history;

import com.serviceledger.query.view.PooledViewProcessor;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event history's pooled streaming processor and settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HistoryProperties.class)
class HistoryConfiguration {

    @Bean
    ConfigurerModule eventHistoryProcessor(HistoryProperties properties) {
        return PooledViewProcessor.module(EventHistoryProjection.PROCESSING_GROUP, properties);
    }
}
