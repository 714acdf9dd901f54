package com.serviceledger.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.elasticsearch.embedded.EmbeddedElasticsearchNode;
import com.serviceledger.query.app.QuerySideApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Metric query latency over millions of view documents: starts the real query side on a fresh embedded
 * node, fills the complaint, service-request and rating views through {@code _bulk}, then times the three
 * metric endpoints over HTTP, grouped by department and month over the whole span, and writes
 * {@code metric-latency.json} and a readable summary to the output directory.
 */
public final class MetricLatencyBench {

    private static final Logger log = LoggerFactory.getLogger(MetricLatencyBench.class);
    private static final List<String> VIEWS = List.of("sq-complaints", "sq-service-requests", "sq-ratings");

    private MetricLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path dataDir = options.out().resolve("elasticsearch");
        if (!options.reuse()) {
            FileSystemUtils.deleteRecursively(dataDir);
        }
        Files.createDirectories(options.out());
        SpringApplication application = new SpringApplication(QuerySideApplication.class);
        application.setDefaultProperties(Map.ofEntries(
                Map.entry("spring.datasource.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"),
                Map.entry("serviceledger.elasticsearch.embedded.enabled", "true"),
                Map.entry("serviceledger.elasticsearch.embedded.data-dir", dataDir.toAbsolutePath().toString()),
                Map.entry("serviceledger.elasticsearch.embedded.http-port", "0"),
                Map.entry("serviceledger.elasticsearch.embedded.transport-port", "0")));
        // the probe calls the metrics as an analyst over HTTP Basic; arguments, since they must win over the
        // query side's application.yml (JWT mode, a fixed port)
        String[] access = {"--server.port=0", // application.yml's 8082 would clash with a query side already running
                "--serviceledger.security.mode=users",
                "--serviceledger.security.users[0].name=" + LatencyProbe.USER,
                "--serviceledger.security.users[0].password={noop}" + LatencyProbe.PASSWORD,
                "--serviceledger.security.users[0].roles=ANALYST",
                "--serviceledger.security.users[0].scope=*",
                // the query side needs the vault's keys to start; these are the standalone's public dev keys
                "--serviceledger.privacy.master-key=ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=",
                "--serviceledger.privacy.fingerprint-key=ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE="};
        try (ConfigurableApplicationContext context = application.run(access)) {
            Map<String, Object> report = run(options, context);
            write(options.out(), report);
            if (options.holdSeconds() > 0) {
                EmbeddedElasticsearchNode node = context.getBean(EmbeddedElasticsearchNode.class);
                log.info("holding the node {} for {} s (user {}, password in {})", node.httpUri(), options.holdSeconds(),
                        node.credential().username(), node.credentialFile().orElseThrow());
                Thread.sleep(options.holdSeconds() * 1000L);
            }
        }
        System.exit(0);
    }

    private static Map<String, Object> run(BenchOptions options, ConfigurableApplicationContext context)
            throws Exception {
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        String baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        ViewDocuments documents = new ViewDocuments(20261125L, options.months());
        BulkLoader loader = new BulkLoader(client);
        Map<String, Object> loading = new LinkedHashMap<>();
        loading.put("complaintsPerSecond", Math.round(loader.load(VIEWS.get(0), options.complaints(),
                documents::complaint, options.reuse())));
        loading.put("serviceRequestsPerSecond", Math.round(loader.load(VIEWS.get(1),
                options.serviceRequests(), documents::serviceRequest, options.reuse())));
        loading.put("ratingsPerSecond", Math.round(loader.load(VIEWS.get(2), options.ratings(), documents::rating,
                options.reuse())));

        String from = YearMonth.now().minusMonths(options.months() - 1L).toString();
        String to = YearMonth.now().plusMonths(1).toString();
        String range = "period=month&from=" + from + "&to=" + to;
        LatencyProbe probe = new LatencyProbe();
        NodeProbe node = new NodeProbe(client);
        List<LatencyProbe.Latency> latencies = new ArrayList<>();
        for (boolean cached : new boolean[] {false, true}) {
            for (String alias : VIEWS) {
                loader.requestCache(alias, cached);
            }
            String mode = cached ? " (request cache on)" : " (computed every time)";
            latencies.add(node.measure("node floor: complaints by department and month, one search" + mode,
                    VIEWS.get(0), YearMonth.parse(from).minusMonths(1).atDay(1).toString(),
                    YearMonth.parse(to).atDay(1).toString(), options.iterations()));
            for (String metric : List.of("complaint-rate", "on-time-completion", "satisfaction-trend")) {
                latencies.add(probe.measure(metric + " by department and month" + mode, baseUrl,
                        "/api/metrics/" + metric + "?" + range + "&groupBy=department", options.iterations()));
                latencies.add(probe.measure(metric + " for one subsidiary by month" + mode, baseUrl,
                        "/api/metrics/" + metric + "?" + range + "&subsidiaryId=sub-3", options.iterations()));
            }
        }
        latencies.forEach(l -> log.info("{}: p50 {} ms, p95 {} ms, p99 {} ms, max {} ms", l.name(), l.p50Ms(),
                l.p95Ms(), l.p99Ms(), l.maxMs()));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("measuredAt", Instant.now().toString());
        report.put("machine", BenchMachine.describe());
        report.put("documents", Map.of("complaints", options.complaints(), "serviceRequests",
                options.serviceRequests(), "ratings", options.ratings(), "months", options.months()));
        report.put("bulkLoad", loading);
        report.put("latencies", latencies);
        return report;
    }

    private static void write(Path out, Map<String, Object> report) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(out.resolve("metric-latency.json").toFile(), report);
        StringBuilder summary = new StringBuilder("# Metric query latency\n\n")
                .append("Documents: ").append(report.get("documents")).append("\n\n")
                .append("| query | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
        @SuppressWarnings("unchecked")
        List<LatencyProbe.Latency> latencies = (List<LatencyProbe.Latency>) report.get("latencies");
        latencies.forEach(l -> summary.append("| ").append(l.name()).append(" | ").append(l.p50Ms()).append(" | ")
                .append(l.p95Ms()).append(" | ").append(l.p99Ms()).append(" | ").append(l.maxMs()).append(" |\n"));
        Files.writeString(out.resolve("metric-latency.md"), summary);
        System.out.println(summary);
    }
}
