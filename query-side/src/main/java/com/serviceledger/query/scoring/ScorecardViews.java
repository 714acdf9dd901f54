package com.serviceledger.query.scoring;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import com.serviceledger.query.view.ViewStore;
import java.util.List;
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

    /** Fresh projections writing into a rebuild's index, for zero-downtime rebuilds. */
    @Bean
    RebuildableView scorecardViewRebuild(Store store, Index index, ScorecardViewProperties properties) {
        return RebuildableView.of(ScorecardProjection.PROCESSING_GROUP, properties, List.of(index),
                targets -> List.of(new ScorecardProjection(targets.store(store, index), index)));
    }
}
