package com.serviceledger.faults.split;

import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.bench.load.DirectorySeed;
import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchNode;
import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchSettings;
import com.serviceledger.elasticsearch.embedded.NodeCredential;
import com.serviceledger.faults.FaultOptions;
import com.serviceledger.kernel.demo.DemoCatalog;
import com.serviceledger.platform.faults.TcpProxy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production topology on loopback, started by the harness itself: a PostgreSQL server (zonky's binaries) and an
 * Elasticsearch node inside this JVM, the command side and the query side as child processes from their exec jars,
 * and the load's subsidiary registered through the admin API ({@link DirectorySeed}).
 * The command side reaches PostgreSQL through {@link #databaseLink()}, the query side reaches Elasticsearch through
 * {@link #elasticsearchLink()}, so a scenario can cut either link; the query side reads the events from the same
 * database directly (JDBC mode), and the checks read Elasticsearch directly.
 */
final class SplitTopology implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SplitTopology.class);

    private final FaultOptions options;
    private final Path work;
    private final EmbeddedPostgres postgres;
    private final EmbeddedElasticsearchNode elasticsearch;
    private final TcpProxy databaseLink;
    private final TcpProxy elasticsearchLink;
    private SideProcess commandSide;
    private SideProcess querySide;

    private SplitTopology(FaultOptions options, Path work, EmbeddedPostgres postgres,
                          EmbeddedElasticsearchNode elasticsearch, TcpProxy databaseLink, TcpProxy elasticsearchLink) {
        this.options = options;
        this.work = work;
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.databaseLink = databaseLink;
        this.elasticsearchLink = elasticsearchLink;
    }

    /** Set (by CI) to run every split scenario on one topology: each start-up costs about a minute on 2 cores. */
    static final String SHARE_PROPERTY = "faults.split.share-topology";
    private static SplitTopology shared;
    private boolean lent;

    /**
     * A topology for one scenario, or the one running already when {@link #SHARE_PROPERTY} is {@code true} (the
     * checks cover the whole store and every document, so the scenarios before only add history).
     */
    static synchronized SplitTopology forScenario(FaultOptions options, Path scenarioWork)
            throws IOException, InterruptedException {
        if (!Boolean.getBoolean(SHARE_PROPERTY)) {
            return start(options, scenarioWork);
        }
        if (shared == null) {
            // a fresh node: documents of an earlier run would differ from this run's fold
            Path work = options.workDir("split-topology");
            SplitRun.deleteRecursively(work);
            shared = start(options, work);
            shared.lent = true;
        }
        return shared;
    }

    /** Stops the shared topology, if one runs. */
    static synchronized void closeShared() throws InterruptedException {
        if (shared != null) {
            shared.lent = false;
            shared.close();
            shared = null;
        }
    }

    static SplitTopology start(FaultOptions options, Path work) throws IOException, InterruptedException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        EmbeddedElasticsearchNode elasticsearch = EmbeddedElasticsearchNode.start(
                EmbeddedElasticsearchSettings.inDirectory(work.resolve("elasticsearch")));
        SplitTopology topology = new SplitTopology(options, work, postgres, elasticsearch,
                TcpProxy.start("127.0.0.1", postgres.getPort()),
                TcpProxy.start(elasticsearch.httpHost(), elasticsearch.httpPort()));
        try {
            // the command side first: it migrates the shared schema before the query side reads it
            topology.commandSide = SideProcess.start("command-side", SplitJars.commandSide(), options.childHeap(),
                    work, List.of("spring.datasource.url=" + topology.jdbcUrl(topology.databaseLink.port()),
                            "spring.datasource.username=postgres", "spring.datasource.password="), Map.of());
            // the load's subsidiary, as an administrator registers it: without its staff no one is scored
            DirectorySeed.register(new CommandClient(topology.commandUrl()), DemoCatalog.subsidiaries().getFirst());
            topology.startQuerySide();
        } catch (IOException | InterruptedException | RuntimeException e) {
            topology.close();
            throw e;
        }
        log.info("split topology up: command side {} (pid {}), query side {} (pid {}), PostgreSQL {}, Elasticsearch {}",
                topology.commandUrl(), topology.commandSide.pid(), topology.queryUrl(), topology.querySide.pid(),
                postgres.getPort(), elasticsearch.httpPort());
        return topology;
    }

    /**
     * (Re)starts the query side on the same database and node; its tokens say where each view stopped. It signs in
     * to the node with the node's credential, as it would to a secured cluster (the password in its environment).
     */
    void startQuerySide() throws IOException, InterruptedException {
        querySide = SideProcess.start("query-side", SplitJars.querySide(), options.childHeap(), work, List.of(
                "spring.datasource.url=" + jdbcUrl(postgres.getPort()), "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "spring.elasticsearch.uris=http://127.0.0.1:" + elasticsearchLink.port(),
                "spring.elasticsearch.username=" + elasticsearch.credential().username()),
                Map.of("SPRING_ELASTICSEARCH_PASSWORD", elasticsearch.credential().password()));
    }

    /** kill -9 of the query side alone. */
    void killQuerySide() throws InterruptedException {
        querySide.kill();
    }

    long querySidePid() {
        return querySide.pid();
    }

    String commandUrl() {
        return commandSide.baseUrl();
    }

    String queryUrl() {
        return querySide.baseUrl();
    }

    /** The node itself, past the proxy: what the view check reads. */
    String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearch.httpPort();
    }

    NodeCredential elasticsearchCredential() {
        return elasticsearch.credential();
    }

    TcpProxy databaseLink() {
        return databaseLink;
    }

    TcpProxy elasticsearchLink() {
        return elasticsearchLink;
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() throws InterruptedException {
        if (lent) {
            return;
        }
        for (SideProcess side : new SideProcess[] {querySide, commandSide}) {
            if (side != null) {
                side.close();
            }
        }
        databaseLink.close();
        elasticsearchLink.close();
        elasticsearch.close();
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly: {}", e.toString());
        }
    }
}
