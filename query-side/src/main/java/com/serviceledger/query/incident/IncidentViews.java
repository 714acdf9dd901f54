package com.serviceledger.query.incident;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.PooledViewProcessor;
import com.serviceledger.query.view.RebuildableView;
import com.serviceledger.query.view.ViewIndex;
import com.serviceledger.query.view.ViewStore;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The incident index behind its alias, its batched store and its processor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentViewProperties.class)
class IncidentViews {

    @Component
    static class Index extends ViewIndex {
        Index(ElasticsearchClient client, IncidentViewProperties properties) {
            super(client, properties.index());
        }
    }

    @Component
    static class Store extends ViewStore<IncidentView> {
        Store(ElasticsearchClient client, Index index) {
            super(client, index, IncidentView.class, IncidentView::empty);
        }
    }

    @Component
    static class PlanIndex extends ViewIndex {
        PlanIndex(ElasticsearchClient client, IncidentViewProperties properties) {
            super(client, properties.plans());
        }
    }

    @Component
    static class PlanStore extends ViewStore<EmergencyPlanView> {
        PlanStore(ElasticsearchClient client, PlanIndex index) {
            super(client, index, EmergencyPlanView.class, EmergencyPlanView::empty);
        }
    }

    @Bean
    ConfigurerModule incidentViewProcessor(IncidentViewProperties properties) {
        return PooledViewProcessor.module(IncidentProjection.PROCESSING_GROUP, properties);
    }

    /** Fresh projections writing into a rebuild's index, for zero-downtime rebuilds. */
    @Bean
    RebuildableView incidentViewRebuild(Store store, Index index, PlanStore plans, PlanIndex planIndex,
                                        IncidentViewProperties properties) {
        return RebuildableView.of(IncidentProjection.PROCESSING_GROUP, properties, List.of(index, planIndex),
                targets -> List.of(new IncidentProjection(targets.store(store, index), index),
                        new EmergencyPlanProjection(targets.store(plans, planIndex), planIndex)));
    }
}
