package com.serviceledger.query.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.serviceledger.query.view.RebuildableView;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Zero-downtime rebuilds of every view that declares itself {@link RebuildableView}. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RebuildProperties.class)
class RebuildConfiguration {

    /** The Axon configuration is looked up lazily: it is built from the projections these views wrap. */
    @Bean
    ViewRebuilds viewRebuilds(List<RebuildableView> views, ObjectProvider<Configuration> axon,
                              ElasticsearchClient client, RebuildProperties properties, Clock clock,
                              RebuildStore store) {
        return new ViewRebuilds(views, axon, client, properties, clock, store);
    }

    /** In the database of the tokens, which every replica shares. */
    @Bean
    RebuildStore rebuildStore(DataSource dataSource) {
        return new RebuildStore(dataSource);
    }
}
