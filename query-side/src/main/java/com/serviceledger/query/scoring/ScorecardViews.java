package com.serviceledger.query.scoring;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.ViewIndex;
import com.serviceledger.query.view.ViewStore;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The scorecard index behind its alias, its batched store and its processor. */
@Configuration(proxyBeanMethods = false)
class ScorecardViews {

    @Component
    static class Index extends ViewIndex {
        Index(ElasticsearchClient client, ScorecardViewProperties properties) {
            super(client, properties.index());
        }
    }

    @Component
    static class Store extends ViewStore<ScorecardView> {
        Store(ElasticsearchClient client, Index index) {
            super(client, index, ScorecardView.class, ScorecardView::empty);
        }
    }

    @Bean
    ConfigurerModule scorecardViewProcessor(ScorecardViewProperties properties) {
        return PooledViewProcessor.module(ScorecardProjection.PROCESSING_GROUP, properties);
    }
}
