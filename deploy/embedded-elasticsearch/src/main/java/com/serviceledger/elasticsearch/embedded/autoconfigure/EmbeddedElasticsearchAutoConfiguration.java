package com.serviceledger.elasticsearch.embedded.autoconfigure;

import java.util.List;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchNode;
import com.serviceledger.elasticsearch.embedded.NodeCredential;

/**
 * Starts an {@link EmbeddedElasticsearchNode} when {@code serviceledger.elasticsearch.embedded.enabled=true} and
 * exposes {@link ElasticsearchConnectionDetails} for it, so Boot's Elasticsearch client auto-configuration (and
 * with it Spring Data Elasticsearch) connects to the node without further configuration: its address and its
 * credential, sent with every request ({@link PreemptiveBasicAuthentication}).
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

    @Bean
    PreemptiveBasicAuthentication embeddedElasticsearchPreemptiveBasicAuthentication(ElasticsearchConnectionDetails connectionDetails) {
        return new PreemptiveBasicAuthentication(connectionDetails);
    }

    /** Always reads the node's actual (possibly random) port and its credential (the shared node's, if shared). */
    record EmbeddedElasticsearchConnectionDetails(EmbeddedElasticsearchNode node) implements ElasticsearchConnectionDetails {

        @Override
        public List<Node> getNodes() {
            return List.of(new Node(node.httpHost(), node.httpPort(), Node.Protocol.HTTP));
        }

        @Override
        public String getUsername() {
            return node.credential().username();
        }

        @Override
        public String getPassword() {
            return node.credential().password();
        }
    }

    /**
     * Sends the connection details' user and password with every request. Boot hands them to the HTTP client as a
     * credentials provider, which answers challenges: without this, each request would go out bare, draw a 401 and
     * be sent again (the low-level client keeps no authentication cache between requests), bodies included.
     */
    record PreemptiveBasicAuthentication(ElasticsearchConnectionDetails connectionDetails) implements Rest5ClientBuilderCustomizer {

        @Override
        public void customize(Rest5ClientBuilder builder) {
            String username = connectionDetails.getUsername();
            String password = connectionDetails.getPassword();
            if (username != null && password != null) {
                builder.setDefaultHeaders(new Header[] { new BasicHeader(HttpHeaders.AUTHORIZATION,
                    new NodeCredential(username, password).authorization()) });
            }
        }
    }
}
