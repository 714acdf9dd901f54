package com.serviceledger.elasticsearch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.spi.LoggerContext;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthRequest;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.cluster.health.ClusterHealthStatus;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.TransportService;

/**
 * A real Elasticsearch node running inside this JVM, reachable over HTTP on 127.0.0.1 with its
 * {@linkplain #credential() credential} only (HTTP Basic, see {@link CredentialCheckPlugin}).
 * <p>
 * Single node, no X-Pack: see README.md for what is not available (Painless, language analyzers,
 * {@code auto_date_histogram}, ...). Start with {@link #start(EmbeddedElasticsearchSettings)}; it returns once
 * the cluster is at least yellow. {@link #close()} stops the node.
 */
public final class EmbeddedElasticsearchNode implements AutoCloseable {

    /** Plugins loaded from the class path: HTTP/transport over Netty behind the credential check, and our {@code GET /}. */
    public static final List<Class<? extends Plugin>> PLUGINS = List.of(CredentialCheckPlugin.class, RootEndpointPlugin.class);

    private static final System.Logger LOG = System.getLogger(EmbeddedElasticsearchNode.class.getName());
    private static final Object LOGGING_LOCK = new Object();
    private static boolean loggingConfigured;
    private static final Object SHARED_LOCK = new Object();
    private static EmbeddedElasticsearchNode sharedNode;

    private final Node node;
    private final EmbeddedElasticsearchSettings settings;
    private final Path home;
    private final boolean temporaryHome;
    private final NodeCredential credential;
    private final Path credentialFile;
    private final int httpPort;
    private final int transportPort;
    private final Duration startupTime;
    private volatile boolean shared;
    private volatile boolean closed;

    private EmbeddedElasticsearchNode(
        Node node,
        EmbeddedElasticsearchSettings settings,
        Path home,
        boolean temporaryHome,
        NodeCredential credential,
        Path credentialFile,
        int httpPort,
        int transportPort,
        Duration startupTime
    ) {
        this.node = node;
        this.settings = settings;
        this.home = home;
        this.temporaryHome = temporaryHome;
        this.credential = credential;
        this.credentialFile = credentialFile;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.startupTime = startupTime;
    }

    /** Starts a node and waits until the cluster is at least yellow. */
    public static EmbeddedElasticsearchNode start(EmbeddedElasticsearchSettings settings) {
        long startNanos = System.nanoTime();
        boolean temporaryHome = settings.dataDir() == null;
        Path home;
        try {
            home = temporaryHome ? Files.createTempDirectory("embedded-elasticsearch-") : Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Elasticsearch home directory", e);
        }
        home = home.toAbsolutePath();

        NodeCredential credential = settings.password() == null ? NodeCredential.generate() : NodeCredential.ofPassword(settings.password());
        Path credentialFile = null;
        if (!temporaryHome) {
            restrictToOwner(home);
            try {
                credentialFile = credential.writeTo(home);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the node's credential into " + home, e);
            }
        }
        Settings nodeSettings = Settings.builder().put(nodeSettings(settings, home)).put(CredentialCheckPlugin.settingFor(credential)).build();
        configureLoggingOnce(nodeSettings);

        Node node;
        try {
            Environment environment = InternalSettingsPreparer.prepareEnvironment(nodeSettings, Map.of(), null, settings::nodeName);
            node = new ClasspathPluginsNode(environment, PLUGINS);
        } catch (RuntimeException e) {
            if (temporaryHome) {
                deleteRecursively(home);
            }
            throw e;
        }
        try {
            node.start();
            ClusterHealthResponse health = node.client()
                .admin()
                .cluster()
                .health(
                    new ClusterHealthRequest(toTimeValue(settings.startTimeout())).waitForYellowStatus()
                        .timeout(toTimeValue(settings.startTimeout()))
                )
                .actionGet();
            if (health.isTimedOut() || health.getStatus() == ClusterHealthStatus.RED) {
                throw new IllegalStateException("embedded Elasticsearch did not become yellow within " + settings.startTimeout()
                    + " (status " + health.getStatus() + ")");
            }
            int http = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
            int transport = node.injector().getInstance(TransportService.class).boundAddress().publishAddress().getPort();
            Duration startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
            // where the password is, never the password itself
            LOG.log(System.Logger.Level.INFO,
                "Embedded Elasticsearch {0} started in {1,number,#} ms on http://127.0.0.1:{2,number,#} (home {3}); HTTP Basic user {4}, password {5}",
                org.elasticsearch.Build.current().qualifiedVersion(), startupTime.toMillis(), http, home, credential.username(),
                credentialFile == null ? "in memory only (EmbeddedElasticsearchNode#credential())" : "in " + credentialFile);
            return new EmbeddedElasticsearchNode(node, settings, home, temporaryHome, credential, credentialFile, http, transport, startupTime);
        } catch (NodeValidationException | RuntimeException e) {
            try {
                node.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (temporaryHome) {
                deleteRecursively(home);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("embedded Elasticsearch failed to start", e);
        }
    }

    /**
     * The one node of this JVM, started on the first call with that call's settings and stopped by a shutdown
     * hook; later calls return the same node (and so the same {@linkplain #credential() credential}) whatever settings
     * they pass. {@link #close()} on it does nothing.
     * Test suites use this so that all their (cached) Spring contexts share one node.
     */
    public static EmbeddedElasticsearchNode sharedInJvm(EmbeddedElasticsearchSettings settings) {
        synchronized (SHARED_LOCK) {
            if (sharedNode == null || !sharedNode.isRunning()) {
                EmbeddedElasticsearchNode node = start(settings);
                node.shared = true;
                Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "embedded-elasticsearch-shutdown"));
                sharedNode = node;
            } else if (!sharedNode.settings.equals(settings)) {
                LOG.log(System.Logger.Level.DEBUG, "Reusing the shared embedded Elasticsearch node {0}; ignoring settings {1}",
                    sharedNode, settings);
            }
            return sharedNode;
        }
    }

    static Settings nodeSettings(EmbeddedElasticsearchSettings settings, Path home) {
        Settings.Builder builder = Settings.builder()
            .put("path.home", home.toString())
            .put("cluster.name", settings.clusterName())
            .put("node.name", settings.nodeName())
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.host", "127.0.0.1")
            .put("http.port", Integer.toString(settings.httpPort()))
            .put("transport.host", "127.0.0.1")
            .put("transport.port", Integer.toString(settings.transportPort()))
            // a laptop or CI disk that is 90% full must not make indices read-only
            .put("cluster.routing.allocation.disk.threshold_enabled", "false")
            // stop waits for open HTTP connections to finish their requests; by default forever, so one stuck
            // client connection (e.g. of a killed process, through a proxy) would hang the application's shutdown
            .put("http.shutdown_grace_period", "10s")
            // the heap is shared with the application: do not trip on its memory use
            .put("indices.breaker.total.use_real_memory", "false")
            .put("logger.level", "WARN")
            // without the distribution's native libraries (libzstd, libvec) this logs a stack trace at WARN;
            // the node works without them (only the best_compression codec is unavailable)
            .put("logger.org.elasticsearch.nativeaccess", "ERROR")
            // a JVM-wide holder; a second node in the same JVM warns that it is already set (to the same default)
            .put("logger.org.elasticsearch.cluster.metadata.TemplateDecoratorProvider", "ERROR");
        settings.additionalSettings().forEach(builder::put);
        return builder.build();
    }

    /**
     * The credential guards the HTTP port; this guards the files: other local users cannot read the indices on disk
     * (a temporary home is created owner-only already). Where the file system has POSIX permissions.
     */
    private static void restrictToOwner(Path home) {
        if (!home.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | SecurityException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot make {0} readable by its owner only: {1}", home, e.toString());
        }
    }

    private static void configureLoggingOnce(Settings nodeSettings) {
        synchronized (LOGGING_LOCK) {
            if (loggingConfigured) {
                return;
            }
            LoggerContext context = LogManager.getContext(false);
            if (!(context instanceof org.apache.logging.log4j.core.LoggerContext)) {
                throw new IllegalStateException("Elasticsearch needs log4j-core as the Log4j API provider, but the provider is "
                    + context.getClass().getName() + ". Set the system property log4j.provider="
                    + "org.apache.logging.log4j.core.impl.Log4jProvider, or make sure this module's "
                    + "log4j2.component.properties is on the class path.");
            }
            LogConfigurator.registerErrorListener();
            LogConfigurator.configureWithoutConfig(nodeSettings);
            loggingConfigured = true;
        }
    }

    private static TimeValue toTimeValue(Duration duration) {
        return TimeValue.timeValueMillis(duration.toMillis());
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI httpUri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** What every HTTP request to the node must carry ({@link NodeCredential#authorization()}); the same for every user of a shared node. */
    public NodeCredential credential() {
        return credential;
    }

    /** Where the node wrote its password at start ({@code <home>/credential}); empty for a temporary home, which gets no file. */
    public Optional<Path> credentialFile() {
        return Optional.ofNullable(credentialFile);
    }

    public String httpHost() {
        return "127.0.0.1";
    }

    public int httpPort() {
        return httpPort;
    }

    public int transportPort() {
        return transportPort;
    }

    public String clusterName() {
        return settings.clusterName();
    }

    /** The node's home directory ({@code path.home}). */
    public Path homeDir() {
        return home;
    }

    public EmbeddedElasticsearchSettings settings() {
        return settings;
    }

    /** Wall-clock time from {@link #start} until the cluster was yellow. */
    public Duration startupTime() {
        return startupTime;
    }

    public boolean isRunning() {
        return !closed && !node.isClosed();
    }

    /** Whether this is the JVM-wide node of {@link #sharedInJvm}, which {@link #close()} leaves running. */
    public boolean isShared() {
        return shared;
    }

    /**
     * Stops the node (idempotent); a temporary home directory is deleted. Does nothing on the
     * {@linkplain #sharedInJvm shared} node, which a shutdown hook stops.
     */
    @Override
    public void close() {
        if (!shared) {
            stop();
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            node.close();
            if (!node.awaitClose(30, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Embedded Elasticsearch did not stop within 30 s");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("failed to stop embedded Elasticsearch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (temporaryHome) {
                deleteRecursively(home);
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedElasticsearchNode[" + httpUri() + ", cluster " + settings.clusterName() + ", home " + home + "]";
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
