package com.serviceledger.elasticsearch.embedded.autoconfigure;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchNode;

/**
 * Starts an {@link EmbeddedElasticsearchNode} when {@code serviceledger.elasticsearch.embedded.enabled=true} and
 * exposes {@link ElasticsearchConnectionDetails} for it, so Boot's Elasticsearch client auto-configuration (and
 * with it Spring Data Elasticsearch) connects to the node without further configuration.
 */
@AutoConfiguration(before = { ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class })
@ConditionalOnBooleanProperty(EmbeddedElasticsearchAutoConfiguration.PREFIX + ".enabled")
@EnableConfigurationProperties(EmbeddedElasticsearchProperties.class)
public class EmbeddedElasticsearchAutoConfiguration {

    static final String PREFIX = "serviceledger.elasticsearch.embedded";

    @Bean
    @ConditionalOnMissingBean(ElasticsearchConnectionDetails.class)
    ElasticsearchConnectionDetails embeddedElasticsearchConnectionDetails(EmbeddedElasticsearchNode node) {
        return new EmbeddedElasticsearchConnectionDetails(node);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = PREFIX + ".shared-in-jvm", havingValue = false, matchIfMissing = true)
    static class OwnNodeConfiguration {

        /** The context owns the node: closed (destroy method {@code close}) with the context. */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        EmbeddedElasticsearchNode embeddedElasticsearchNode(EmbeddedElasticsearchProperties properties) {
            return EmbeddedElasticsearchNode.start(properties.toNodeSettings());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(PREFIX + ".shared-in-jvm")
    static class SharedNodeConfiguration {

        /** One node per JVM, reused by every context and stopped by a JVM shutdown hook. */
        @Bean(destroyMethod = "")
        @ConditionalOnMissingBean
        EmbeddedElasticsearchNode embeddedElasticsearchNode(EmbeddedElasticsearchProperties properties) {
            return EmbeddedElasticsearchNode.sharedInJvm(properties.toNodeSettings());
        }
    }

    /** Always reads the node's actual (possibly random) port. */
    record EmbeddedElasticsearchConnectionDetails(EmbeddedElasticsearchNode node) implements ElasticsearchConnectionDetails {

        @Override
        public List<Node> getNodes() {
            return List.of(new Node(node.httpHost(), node.httpPort(), Node.Protocol.HTTP));
        }
    }
}
