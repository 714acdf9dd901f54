package com.serviceledger.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The standalone system as a child process on a data directory and free ports, with the demo organisation
 * and without demo history, so the bench can read its peak RSS and afterwards open its H2 file, and the
 * fault run ({@code deploy/faults}) can kill it with SIGKILL and start it again on the same directory.
 */
public final class StandaloneProcess implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final String baseUrl;
    private final int elasticsearchPort;

    private StandaloneProcess(Process process, Path dataDir, String baseUrl, int elasticsearchPort) {
        this.process = process;
        this.dataDir = dataDir;
        this.baseUrl = baseUrl;
        this.elasticsearchPort = elasticsearchPort;
    }

    public static StandaloneProcess start(Path jar, String heap, Path dataDir) throws IOException, InterruptedException {
        return start(jar, heap, dataDir, Map.of());
    }

    /**
     * Starts on {@code dataDir} (new or left by an earlier child) with free ports and waits until it serves.
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
        int port = freePort();
        int elasticsearchPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-XX:+UseG1GC",
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()));
        builder.environment().putAll(Map.of("SERVICELEDGER_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "PORT", String.valueOf(port), "SERVICELEDGER_ES_PORT", String.valueOf(elasticsearchPort),
                "SERVICELEDGER_DEMO", "true", "SERVICELEDGER_DEMO_HISTORY_DAYS", "0"));
        builder.environment().putAll(environment);
        StandaloneProcess child = new StandaloneProcess(builder.start(), dataDir, "http://localhost:" + port,
                elasticsearchPort);
        child.awaitReady(Duration.ofMinutes(5));
        return child;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Health UP and the demo subsidiary in the directory view (commands target it). */
    private void awaitReady(Duration patience) throws InterruptedException {
        CommandClient probe = new CommandClient(baseUrl);
        long deadline = System.nanoTime() + patience.toNanos();
        while (probe.status("/actuator/health", "admin") != 200
                || probe.status("/api/organisation/subsidiaries/" + DemoMix.SUBSIDIARY, "auditor") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the standalone process exited; see " + dataDir + ".log");
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("the standalone process was not ready within " + patience);
            }
            Thread.sleep(500);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The embedded Elasticsearch node's HTTP address (loopback), for reading the views directly. */
    public String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearchPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on the real pid ({@link Process#destroyForcibly}): no shutdown hook, no flush; waits for the exit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /** VmHWM of the child: the peak resident set since it started, in MiB. */
    public double peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** SIGTERM, then wait for the graceful shutdown to release the H2 file. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
