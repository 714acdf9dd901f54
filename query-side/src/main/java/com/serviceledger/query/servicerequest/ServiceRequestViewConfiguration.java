package com.serviceledger.query.servicerequest;

import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import java.util.List;
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

    /** Fresh projections writing into a rebuild's index, for zero-downtime rebuilds. */
    @Bean
    RebuildableView serviceRequestViewRebuild(ServiceRequestViewStore store, ServiceRequestIndex index,
                                              ServiceRequestViewProcessorProperties properties) {
        return RebuildableView.of(ServiceRequestProjection.PROCESSING_GROUP, properties, List.of(index),
                targets -> List.of(new ServiceRequestProjection(targets.store(store, index), index)));
    }
}
