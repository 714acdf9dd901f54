package com.serviceledger.query.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The non-blocking client for the HTTP API, on the transport Boot already built for the blocking one
 * (same connection pool and JSON mapper; Boot closes the transport).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchAsyncClientConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
        return new ElasticsearchAsyncClient(transport);
    }
}
