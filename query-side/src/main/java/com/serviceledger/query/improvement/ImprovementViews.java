package com.serviceledger.query.improvement;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import com.serviceledger.query.view.ViewSearch;
import com.serviceledger.query.view.ViewStore;
import com.serviceledger.query.view.ViewUnit;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Index, store, search and processor of the improvement-actions view. */
@Configuration(proxyBeanMethods = false)
class ImprovementViews {

    /** Holds the index so that it never competes with other views' indices for injection. */
    record ImprovementIndex(ViewIndex index) {
    }

    @Bean
    ImprovementIndex improvementIndex(ElasticsearchClient client, ImprovementViewProperties properties)
            throws Exception {
        ViewIndex index = new ViewIndex(client, properties);
        index.afterPropertiesSet();
        return new ImprovementIndex(index);
    }

    @Bean
    ViewStore<ImprovementActionView> improvementStore(ElasticsearchClient client, ImprovementIndex index) {
        return new ViewStore<>(client, index.index(), ImprovementActionView.class, ImprovementActionView::empty);
    }

    @Bean
    ViewSearch<ImprovementActionView> improvementSearch(ElasticsearchAsyncClient client, ImprovementIndex index) {
        return new ViewSearch<>(client, index.index(), ImprovementActionView.class, "raisedAt", "actionId",
                ViewUnit.of("subsidiaryId", ImprovementActionView::subsidiaryId, "departmentId",
                        ImprovementActionView::departmentId));
    }

    @Bean
    ConfigurerModule improvementViewProcessor(ImprovementViewProperties properties) {
        return PooledViewProcessor.module(ImprovementActionProjection.PROCESSING_GROUP, properties);
    }

    /** Fresh projections writing into a rebuild's index, for zero-downtime rebuilds. */
    @Bean
    RebuildableView improvementViewRebuild(ViewStore<ImprovementActionView> store, ImprovementIndex index,
                                           ImprovementViewProperties properties) {
        return RebuildableView.of(ImprovementActionProjection.PROCESSING_GROUP, properties, List.of(index.index()),
                targets -> List.of(new ImprovementActionProjection(targets.store(store, index.index()), index)));
    }
}
