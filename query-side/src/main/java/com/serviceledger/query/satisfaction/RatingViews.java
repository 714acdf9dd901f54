package com.serviceledger.query.satisfaction;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import com.serviceledger.query.view.ViewReader;
import com.serviceledger.query.view.ViewStore;
import com.serviceledger.query.view.ViewUnit;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Index, store, reader and processor of the ratings view. */
@Configuration(proxyBeanMethods = false)
class RatingViews {

    /** Holds the index so that it never competes with other views' indices for injection. */
    record RatingIndex(ViewIndex index) {
    }

    @Bean
    RatingIndex ratingIndex(ElasticsearchClient client, RatingViewProperties properties) throws Exception {
        ViewIndex index = new ViewIndex(client, properties);
        index.afterPropertiesSet();
        return new RatingIndex(index);
    }

    @Bean
    ViewStore<RatingView> ratingStore(ElasticsearchClient client, RatingIndex index) {
        return new ViewStore<>(client, index.index(), RatingView.class, RatingView::empty);
    }

    @Bean
    ViewReader<RatingView> ratingReader(ElasticsearchAsyncClient client, RatingIndex index) {
        return new ViewReader<>(client, index.index(), RatingView.class,
                ViewUnit.of("subsidiaryId", RatingView::subsidiaryId, "departmentId", RatingView::departmentId));
    }

    @Bean
    ConfigurerModule ratingViewProcessor(RatingViewProperties properties) {
        return PooledViewProcessor.module(RatingProjection.PROCESSING_GROUP, properties);
    }

    /** Fresh projections writing into a rebuild's index, for zero-downtime rebuilds. */
    @Bean
    RebuildableView ratingViewRebuild(ViewStore<RatingView> store, RatingIndex index, RatingViewProperties properties) {
        return RebuildableView.of(RatingProjection.PROCESSING_GROUP, properties, List.of(index.index()),
                targets -> List.of(new RatingProjection(targets.store(store, index.index()), index)));
    }
}
