package com.serviceledger.query.complaint;

import com.serviceledger.query.view.PooledViewProcessor;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complaint view's pooled streaming processor. */
@Configuration(proxyBeanMethods = false)
class ComplaintViewProcessorConfiguration {

    @Bean
    ConfigurerModule complaintViewProcessor(ComplaintViewProcessorProperties properties) {
        return PooledViewProcessor.module(ComplaintProjection.PROCESSING_GROUP, properties);
    }
}
