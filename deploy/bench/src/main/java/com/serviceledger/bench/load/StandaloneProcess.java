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
 * The standalone system as a child process on a fresh data directory and free ports, with the demo
 * organisation and without demo history, so the bench can read its peak RSS and afterwards open its H2 file.
 */
final class StandaloneProcess implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final String baseUrl;

    private StandaloneProcess(Process process, Path dataDir, String baseUrl) {
        this.process = process;
        this.dataDir = dataDir;
        this.baseUrl = baseUrl;
    }

    static StandaloneProcess start(Path jar, String heap, Path dataDir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build deploy/standalone first");
        }
        Files.createDirectories(dataDir);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-XX:+UseG1GC",
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
        builder.environment().putAll(Map.of("SERVICELEDGER_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "PORT", String.valueOf(port), "SERVICELEDGER_ES_PORT", String.valueOf(freePort()),
                "SERVICELEDGER_DEMO", "true", "SERVICELEDGER_DEMO_HISTORY_DAYS", "0"));
        StandaloneProcess child = new StandaloneProcess(builder.start(), dataDir, "http://localhost:" + port);
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

    String baseUrl() {
        return baseUrl;
    }

    Path dataDir() {
        return dataDir;
    }

    /** VmHWM of the child: the peak resident set since it started, in MiB. */
    double peakRssMb() throws IOException {
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
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
