package com.serviceledger.bench.load;

import com.serviceledger.elasticsearch.embedded.NodeCredential;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The standalone system as a child process on a data directory and free ports, with the demo organisation
 * and without demo history, so the bench can read its peak RSS and afterwards open its H2 file, and the
 * fault run ({@code deploy/faults}) can kill it with SIGKILL and start it again on the same directory.
 */
public final class StandaloneProcess implements AutoCloseable {

    private final ChildJvm child;
    private final Path dataDir;
    private final String baseUrl;
    private final int elasticsearchPort;

    private StandaloneProcess(ChildJvm child, Path dataDir, String baseUrl, int elasticsearchPort) {
        this.child = child;
        this.dataDir = dataDir;
        this.baseUrl = baseUrl;
        this.elasticsearchPort = elasticsearchPort;
    }

    public static StandaloneProcess start(Path jar, String heap, Path dataDir) throws IOException, InterruptedException {
        return start(jar, heap, dataDir, Map.of());
    }

    /**
     * Starts on {@code dataDir} (new or left by an earlier child) with free ports and waits until it serves: health
     * UP and the demo subsidiary in the directory view (commands target it).
     * The log is appended to {@code <dataDir>.log}, so the starts of a fault run stay in one file.
     *
     * @param environment extra environment variables of the child (they win over the defaults)
     */
    public static StandaloneProcess start(Path jar, String heap, Path dataDir, Map<String, String> environment)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build deploy/standalone first");
        }
        Files.createDirectories(dataDir);
        int port = ChildJvm.freePort();
        int elasticsearchPort = ChildJvm.freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(jar, heap, "--enable-native-access=ALL-UNNAMED"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("SERVICELEDGER_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "PORT", String.valueOf(port), "SERVICELEDGER_ES_PORT", String.valueOf(elasticsearchPort),
                "SERVICELEDGER_DEMO", "true", "SERVICELEDGER_DEMO_HISTORY_DAYS", "0"));
        builder.environment().putAll(environment);
        String baseUrl = "http://localhost:" + port;
        CommandClient probe = new CommandClient(baseUrl);
        ChildJvm child = ChildJvm.start("standalone process", builder, log, Duration.ofMinutes(5),
                () -> probe.status("/actuator/health", "admin") == 200
                        && probe.status("/api/organisation/subsidiaries/" + DemoMix.SUBSIDIARY, "auditor") == 200);
        return new StandaloneProcess(child, dataDir, baseUrl, elasticsearchPort);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The embedded Elasticsearch node's HTTP address (loopback), for reading the views directly. */
    public String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearchPort;
    }

    /** What the node requires on every request: read from the file it writes beside its data at each start. */
    public NodeCredential elasticsearchCredential() throws IOException {
        return NodeCredential.readFrom(dataDir.resolve("elasticsearch"));
    }

    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return child.pid();
    }

    public boolean isAlive() {
        return child.isAlive();
    }

    /** SIGKILL ({@link ChildJvm#kill}); waits for the exit. */
    public void kill() throws InterruptedException {
        child.kill();
    }

    /** VmHWM of the child: the peak resident set since it started, in MiB. */
    public double peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(child.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** SIGTERM, then wait for the graceful shutdown to release the H2 file. */
    @Override
    public void close() throws InterruptedException {
        child.close();
    }
}
