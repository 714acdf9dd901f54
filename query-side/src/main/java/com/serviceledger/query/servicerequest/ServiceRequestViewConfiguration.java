package com.serviceledger.query.servicerequest;

import com.serviceledger.query.view.PooledViewProcessor;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service request view's settings and its pooled streaming processor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ServiceRequestIndexProperties.class, ServiceRequestViewProcessorProperties.class})
class ServiceRequestViewConfiguration {

    @Bean
    ConfigurerModule serviceRequestViewProcessor(ServiceRequestViewProcessorProperties properties) {
        return PooledViewProcessor.module(ServiceRequestProjection.PROCESSING_GROUP, properties);
    }
}
