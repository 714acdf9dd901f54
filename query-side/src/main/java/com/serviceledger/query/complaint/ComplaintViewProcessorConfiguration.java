package com.serviceledger.query.complaint;

import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import java.util.List;
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

    /** Fresh projections writing into a rebuild's index, for zero-downtime rebuilds. */
    @Bean
    RebuildableView complaintViewRebuild(ComplaintViewStore store, ComplaintIndex index,
                                         ComplaintViewProcessorProperties properties) {
        return RebuildableView.of(ComplaintProjection.PROCESSING_GROUP, properties, List.of(index),
                targets -> List.of(new ComplaintProjection(targets.store(store, index), index)));
    }
}
