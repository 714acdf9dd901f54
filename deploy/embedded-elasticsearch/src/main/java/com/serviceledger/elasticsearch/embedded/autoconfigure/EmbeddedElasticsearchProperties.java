package com.serviceledger.elasticsearch.embedded.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchSettings;

/**
 * {@code serviceledger.elasticsearch.embedded.*}: an Elasticsearch node inside the application's JVM.
 *
 * @param enabled       start the node and point Boot's Elasticsearch clients at it
 * @param dataDir       the node's home/data directory; empty for a temporary directory deleted on close
 * @param httpPort      HTTP port on 127.0.0.1, 0 for a free one
 * @param transportPort transport port on 127.0.0.1, 0 for a free one
 * @param clusterName   {@code cluster.name}
 * @param sharedInJvm   one node per JVM, reused by every Spring context in it and stopped by a shutdown hook
 *                      (for test suites with several cached contexts); otherwise the node is closed with
 *                      the context
 * @param startTimeout  how long to wait for the cluster to become yellow
 * @param settings      further Elasticsearch node settings, e.g. {@code settings[logger.level]=INFO}
 * @param password      a fixed password for the node's HTTP Basic user {@code serviceledger}; empty for a random one
 *                      per start (a persistent node writes it to {@code <data-dir>/credential} either way)
 */
@ConfigurationProperties("serviceledger.elasticsearch.embedded")
public record EmbeddedElasticsearchProperties(
    @DefaultValue("false") boolean enabled,
    Path dataDir,
    @DefaultValue("0") int httpPort,
    @DefaultValue("0") int transportPort,
    @DefaultValue(EmbeddedElasticsearchSettings.DEFAULT_CLUSTER_NAME) String clusterName,
    @DefaultValue("false") boolean sharedInJvm,
    @DefaultValue("60s") Duration startTimeout,
    Map<String, String> settings,
    String password
) {

    public EmbeddedElasticsearchSettings toNodeSettings() {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, null, startTimeout, settings, password);
    }

    @Override
    public String toString() {
        // not the record's own: that would show the password
        return "EmbeddedElasticsearchProperties[enabled=" + enabled + ", sharedInJvm=" + sharedInJvm + ", " + toNodeSettings() + "]";
    }
}
