package com.serviceledger.query.inspection;

import com.serviceledger.query.view.PooledViewProcessor;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inspection views' pooled streaming processor. */
@Configuration(proxyBeanMethods = false)
class InspectionViewsProcessorConfiguration {

    @Bean
    ConfigurerModule inspectionViewsProcessor(InspectionViewsProperties properties) {
        return PooledViewProcessor.module(InspectionProjection.PROCESSING_GROUP, properties);
    }
}
