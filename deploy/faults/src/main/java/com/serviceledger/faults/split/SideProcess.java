package com.serviceledger.faults.split;

import com.serviceledger.bench.load.CommandClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One side of the production topology (the command side or the query side) as a child process started from its
 * {@code *-exec.jar}, configured entirely by command-line properties: HTTP Basic users, the database, Elasticsearch.
 * Its output goes to {@code <name>-<n>.log} in the scenario's directory, one file per start.
 */
final class SideProcess implements AutoCloseable {

    /** The demo users the load signs in as (password = name), as the standalone ships them. */
    private static final List<String[]> USERS = List.of(new String[] {"agent", "AGENT"},
            new String[] {"head", "DEPARTMENT_HEAD"}, new String[] {"handler", "HANDLER"},
            new String[] {"inspector", "INSPECTOR"}, new String[] {"supervisor", "QUALITY_SUPERVISOR"},
            new String[] {"analyst", "ANALYST"}, new String[] {"auditor", "AUDITOR"}, new String[] {"admin", "ADMIN"});
    /** The standalone's public development keys: the fault run's customers are made up. */
    private static final List<String> DEV_KEYS = List.of(
            "--serviceledger.privacy.master-key=ZGV2LW9ubHktbWFzdGVyLWtleS1ub3Qtc2VjcmV0ISE=",
            "--serviceledger.privacy.fingerprint-key=ZGV2LW9ubHktZmluZ2VycHJpbnQta2V5LXB1YmxpYyE=");
    private static final Duration READY_PATIENCE = Duration.ofMinutes(4);

    private final String name;
    private final Process process;
    private final Path log;
    private final String baseUrl;

    private SideProcess(String name, Process process, Path log, String baseUrl) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the jar with the users, the development keys and {@code properties}, and waits until its health is UP.
     *
     * @param properties {@code name=value} Spring properties
     */
    static SideProcess start(String name, Path jar, String heap, Path logDir, List<String> properties)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build " + name + " first");
        }
        Files.createDirectories(logDir);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseG1GC", "-jar",
                jar.toAbsolutePath().toString(), "--server.port=" + port, "--serviceledger.security.mode=users"));
        for (int i = 0; i < USERS.size(); i++) {
            String user = USERS.get(i)[0];
            command.add("--serviceledger.security.users[%d].name=%s".formatted(i, user));
            command.add("--serviceledger.security.users[%d].password={noop}%s".formatted(i, user));
            command.add("--serviceledger.security.users[%d].roles=%s".formatted(i, USERS.get(i)[1]));
        }
        command.addAll(DEV_KEYS);
        properties.forEach(property -> command.add("--" + property));
        Path log = nextLog(logDir, name);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SideProcess side = new SideProcess(name, process, log, "http://localhost:" + port);
        side.awaitHealthy();
        return side;
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, as when the machine or the container dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

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

    private void awaitHealthy() throws InterruptedException {
        CommandClient probe = new CommandClient(baseUrl);
        long deadline = System.nanoTime() + READY_PATIENCE.toNanos();
        while (probe.status("/actuator/health", "admin") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + name + " exited; see " + log);
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("the " + name + " was not healthy within " + READY_PATIENCE + "; see "
                        + log);
            }
            Thread.sleep(500);
        }
    }

    private static Path nextLog(Path dir, String name) {
        for (int n = 1; ; n++) {
            Path log = dir.resolve(name + "-" + n + ".log");
            if (!Files.exists(log)) {
                return log;
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
