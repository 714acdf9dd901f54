package com.serviceledger.elasticsearch.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to start an {@link EmbeddedElasticsearchNode}.
 *
 * @param dataDir            the node's home ({@code path.home}; data under {@code data/}); {@code null} for a
 *                           temporary directory that is deleted when the node closes
 * @param httpPort           HTTP port on 127.0.0.1; 0 picks a free one
 * @param transportPort      transport port on 127.0.0.1; 0 picks a free one (never the 9300 default range)
 * @param clusterName        {@code cluster.name}
 * @param nodeName           {@code node.name}
 * @param startTimeout       how long to wait for the cluster to become at least yellow
 * @param additionalSettings further Elasticsearch node settings, e.g. {@code logger.level=INFO}
 * @param password           the password of the node's HTTP Basic user ({@link NodeCredential}); {@code null} for a
 *                           random one per start. {@link #toString()} does not show it
 */
public record EmbeddedElasticsearchSettings(
    Path dataDir,
    int httpPort,
    int transportPort,
    String clusterName,
    String nodeName,
    Duration startTimeout,
    Map<String, String> additionalSettings,
    String password
) {

    public static final String DEFAULT_CLUSTER_NAME = "serviceledger-embedded";
    public static final String DEFAULT_NODE_NAME = "embedded-node";
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    public EmbeddedElasticsearchSettings {
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort out of range: " + httpPort);
        }
        if (transportPort < 0 || transportPort > 65535) {
            throw new IllegalArgumentException("transportPort out of range: " + transportPort);
        }
        clusterName = clusterName == null || clusterName.isBlank() ? DEFAULT_CLUSTER_NAME : clusterName;
        nodeName = nodeName == null || nodeName.isBlank() ? DEFAULT_NODE_NAME : nodeName;
        startTimeout = startTimeout == null ? DEFAULT_START_TIMEOUT : startTimeout;
        additionalSettings = additionalSettings == null ? Map.of() : Map.copyOf(additionalSettings);
        password = password == null || password.isEmpty() ? null : password;
    }

    /** A node in a temporary directory on free ports. */
    public static EmbeddedElasticsearchSettings temporary() {
        return new EmbeddedElasticsearchSettings(null, 0, 0, null, null, null, null, null);
    }

    /** A node whose data lives in {@code dataDir}, on free ports. */
    public static EmbeddedElasticsearchSettings inDirectory(Path dataDir) {
        return temporary().withDataDir(Objects.requireNonNull(dataDir, "dataDir"));
    }

    public EmbeddedElasticsearchSettings withDataDir(Path dataDir) {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, nodeName, startTimeout, additionalSettings, password);
    }

    public EmbeddedElasticsearchSettings withHttpPort(int httpPort) {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, nodeName, startTimeout, additionalSettings, password);
    }

    public EmbeddedElasticsearchSettings withTransportPort(int transportPort) {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, nodeName, startTimeout, additionalSettings, password);
    }

    public EmbeddedElasticsearchSettings withClusterName(String clusterName) {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, nodeName, startTimeout, additionalSettings, password);
    }

    public EmbeddedElasticsearchSettings withNodeName(String nodeName) {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, nodeName, startTimeout, additionalSettings, password);
    }

    public EmbeddedElasticsearchSettings withStartTimeout(Duration startTimeout) {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, nodeName, startTimeout, additionalSettings, password);
    }

    public EmbeddedElasticsearchSettings withAdditionalSettings(Map<String, String> additionalSettings) {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, nodeName, startTimeout, additionalSettings, password);
    }

    public EmbeddedElasticsearchSettings withPassword(String password) {
        return new EmbeddedElasticsearchSettings(dataDir, httpPort, transportPort, clusterName, nodeName, startTimeout, additionalSettings, password);
    }

    @Override
    public String toString() {
        return "EmbeddedElasticsearchSettings[dataDir=" + dataDir + ", httpPort=" + httpPort + ", transportPort=" + transportPort
            + ", clusterName=" + clusterName + ", nodeName=" + nodeName + ", startTimeout=" + startTimeout
            + ", additionalSettings=" + additionalSettings + ", password=" + (password == null ? "generated" : "****") + "]";
    }
}
