package com.serviceledger.bench.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.serviceledger.bench.BenchMachine;
import com.serviceledger.bench.load.JdbcCeiling;
import com.serviceledger.query.app.QuerySideApplication;
import com.serviceledger.query.rebuild.RebuildState;
import com.serviceledger.query.rebuild.RebuildStatus;
import com.serviceledger.query.rebuild.ViewRebuilds;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Rebuild rate of the complaint view over an event store of {@code --events} complaint events, and the raw
 * {@code _bulk} ceiling of the same documents on the same node: starts the real query side on an H2 file
 * store and a fresh embedded node, fills the store through {@code EventStore.publish}, then {@code --runs}
 * times rebuilds the view with {@link ViewRebuilds} (start → COMPLETED) and indexes the rebuilt documents
 * again with plain {@code _bulk}. Writes {@code rebuild-report.json} and {@code rebuild-report.md}.
 *
 * <p>The live processors are stopped once the application is up, so the append measures the store alone and
 * each rebuild runs alone, not beside the live views catching up on the same events.
 */
public final class RebuildBench {

    private static final Logger log = LoggerFactory.getLogger(RebuildBench.class);
    private static final String VIEW = "complaint-view";
    private static final String ALIAS_KEY = "serviceledger.query.complaint-index.alias";

    private static final double LOAD_AT_START = loadAverage();
    /** Rows the store's insert ceiling copies: enough for a steady rate, few enough to stay short at 1M. */
    private static final int CEILING_ROWS = 100_000;

    private RebuildBench() {
    }

    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    public static void main(String[] args) throws Exception {
        RebuildOptions options = RebuildOptions.parse(args);
        Path store = options.out().resolve("rebuild-store").toAbsolutePath();
        Path node = options.out().resolve("rebuild-elasticsearch").toAbsolutePath();
        if (!options.reuse()) {
            FileSystemUtils.deleteRecursively(store);
            FileSystemUtils.deleteRecursively(node);
        }
        Files.createDirectories(options.out());
        SpringApplication application = new SpringApplication(QuerySideApplication.class);
        application.setDefaultProperties(Map.of(
                "serviceledger.elasticsearch.embedded.enabled", "true",
                "serviceledger.elasticsearch.embedded.data-dir", node.toString(),
                "serviceledger.elasticsearch.embedded.http-port", "0",
                "serviceledger.elasticsearch.embedded.transport-port", "0"));
        // arguments, since they must win over the query side's application.yml (in-memory H2, JWT mode, no keys)
        String[] settings = {
                // application.yml's fixed port would clash with a query side already running on the machine
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + store.resolve("events"),
                "--serviceledger.query.rebuild.migrate-on-startup=false",
                "--serviceledger.security.mode=users",
                "--serviceledger.security.users[0].name=admin",
                "--serviceledger.security.users[0].password={noop}admin",
                "--serviceledger.security.users[0].roles=ADMIN",
                "--serviceledger.security.users[0].scope=*",
                // the standalone mode's public development keys: the bench's customers are fake
                "--serviceledger.privacy.master-key=ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=",
                "--serviceledger.privacy.fingerprint-key=ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE="};
        try (ConfigurableApplicationContext context = application.run(settings)) {
            context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                    .forEach(EventProcessor::shutDown);
            RebuildReport report = run(options, context);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            json.writeValue(options.out().resolve("rebuild-report.json").toFile(), report);
            String markdown = report.markdown();
            Files.writeString(options.out().resolve("rebuild-report.md"), markdown);
            System.out.println(markdown);
        }
        System.exit(0);
    }

    private static RebuildReport run(RebuildOptions options, ConfigurableApplicationContext context) throws Exception {
        Environment environment = context.getEnvironment();
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        ViewRebuilds rebuilds = context.getBean(ViewRebuilds.class);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        String alias = environment.getProperty(ALIAS_KEY, "sq-complaints");
        int batchSize = environment.getProperty("serviceledger.query.complaint-view.batch-size", Integer.class, 200);
        int threads = environment.getProperty("serviceledger.query.complaint-view.thread-count", Integer.class, 2);
        int segments = environment.getProperty("serviceledger.query.complaint-view.segment-count", Integer.class, 4);

        DataSource dataSource = context.getBean(DataSource.class);
        RebuildReport.Append append = fill(options, context.getBean(EventStore.class), jdbc, dataSource);
        RawBulkCeiling ceiling = new RawBulkCeiling(client);
        List<RebuildReport.Run> runs = new ArrayList<>();
        for (int n = 1; n <= options.runs(); n++) {
            CpuSample before = CpuSample.take();
            long started = System.nanoTime();
            RebuildStatus status = rebuilds.start(VIEW, "bench");
            while (status.state() == RebuildState.REPLAYING || status.state() == RebuildState.CATCHING_UP) {
                Thread.sleep(200);
                status = rebuilds.status(status.id()).orElseThrow();
            }
            double wall = (System.nanoTime() - started) / 1e9;
            Map<String, Double> rebuildCores = CpuSample.take().coresSince(before);
            if (status.state() != RebuildState.COMPLETED) {
                throw new IllegalStateException("rebuild " + status.id() + " ended " + status.state() + ": "
                        + status.failure());
            }
            client.indices().refresh(r -> r.index(alias));
            var primaries = client.indices().stats(s -> s.index(alias).metric("segments", "indexing")).all()
                    .primaries();
            long segmentsInIndex = primaries.segments().count();
            // the projection writes a document once per batch its events fall into, the ceiling once in all
            long documentWrites = primaries.indexing().indexTotal();
            List<RawBulkCeiling.Document> documents = ceiling.read(alias);
            RawBulkCeiling.Result raw = ceiling.index(alias, "bench-raw-bulk", documents, batchSize, threads);
            double eventsPerDocument = (double) append.events() / documents.size();
            double rawEvents = raw.documentsPerSecond() * eventsPerDocument;
            RebuildReport.Run result = new RebuildReport.Run(n, status.eventsProcessed(), documents.size(),
                    round(status.eventsPerSecond()), round(wall * 10) / 10.0, round(raw.documentsPerSecond()),
                    round(rawEvents), Math.round(status.eventsPerSecond() / rawEvents * 1000) / 1000.0,
                    documentWrites, round((double) documentWrites / status.eventsProcessed() * status.eventsPerSecond()),
                    segmentsInIndex, rebuildCores, raw.cores());
            log.info("run {}: {}", n, result);
            runs.add(result);
        }
        Map<String, Object> machine = new LinkedHashMap<>(BenchMachine.describe());
        // other processes on the machine take cores from the bench: the load says how many competed
        machine.put("loadAverageAtStart", LOAD_AT_START);
        machine.put("loadAverageAtEnd", loadAverage());
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("events", append.events());
        setup.put("store", "H2 file");
        setup.put("liveProcessors", "stopped");
        setup.put("processorBatchSize", batchSize);
        setup.put("rebuildBatchSize", environment.getProperty("serviceledger.query.rebuild.batch-size", Integer.class,
                1000));
        setup.put("rebuildSegments", environment.getProperty("serviceledger.query.rebuild.segment-count", Integer.class,
                0) > 0 ? environment.getProperty("serviceledger.query.rebuild.segment-count", Integer.class) : threads);
        setup.put("rebuildHeldDocuments", environment.getProperty("serviceledger.query.rebuild.held-documents",
                Integer.class, 20000));
        setup.put("processorThreads", threads);
        setup.put("processorSegments", segments);
        setup.put("rawBulkSize", batchSize);
        setup.put("rawBulkThreads", threads);
        return new RebuildReport(Instant.now().toString(), machine, setup, append, runs,
                RebuildReport.Summary.of(runs));
    }

    /** Appends the complaint lifecycles in batches, or keeps a store of exactly that size on {@code --reuse}. */
    private static RebuildReport.Append fill(RebuildOptions options, EventStore store, JdbcTemplate jdbc,
                                             DataSource dataSource) throws SQLException {
        long existing = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        if (options.reuse() && existing == options.events()) {
            log.info("reusing the {} events of an earlier run", existing);
            return new RebuildReport.Append(existing, null, null, true, null, null);
        }
        if (existing != 0) {
            throw new IllegalStateException("the store in " + options.out() + " holds " + existing + " events, not "
                    + options.events() + ": run with --reuse=false to fill it anew");
        }
        ComplaintLifecycles lifecycles = new ComplaintLifecycles(20261126L, Instant.parse("2026-01-01T00:00:00Z"));
        long publishNanos = 0;
        for (int appended = 0; appended < options.events(); ) {
            int size = Math.min(options.appendBatch(), options.events() - appended);
            var batch = lifecycles.next(size);
            long started = System.nanoTime();
            store.publish(batch);
            publishNanos += System.nanoTime() - started;
            appended += size;
            if (appended % 100_000 < size) {
                log.info("appended {} of {} events", appended, options.events());
            }
        }
        double seconds = publishNanos / 1e9;
        double appendRate = options.events() / seconds;
        // the store's own ceiling: the rows just appended, inserted again by plain JDBC in batches of the same
        // size into the same database, so append ÷ insert is what Axon, serialisation and the chain cost
        double rawInsert;
        try (JdbcCeiling ceiling = new JdbcCeiling(dataSource.getConnection())) {
            rawInsert = ceiling.rawInsert(Math.min(options.events(), CEILING_ROWS), options.appendBatch());
        }
        return new RebuildReport.Append(options.events(), round(appendRate), round(seconds * 10) / 10.0, false,
                round(rawInsert), Math.round(appendRate / rawInsert * 1000) / 1000.0);
    }

    private static double round(double value) {
        return Math.round(value);
    }
}
