package com.serviceledger.faults.split;

import com.serviceledger.bench.load.ChildJvm;
import com.serviceledger.bench.load.CommandClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One side of the production topology (the command side or the query side) as a child process started from its
 * {@code *-exec.jar}, configured by command-line properties (HTTP Basic users, the database, Elasticsearch) and, for
 * secrets, environment variables, which other OS users cannot read from the process list.
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

    private final ChildJvm child;
    private final String baseUrl;

    private SideProcess(ChildJvm child, String baseUrl) {
        this.child = child;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts the jar with the users, the development keys and {@code properties}, and waits until its health is UP.
     *
     * @param properties  {@code name=value} Spring properties
     * @param environment further environment variables of the child, e.g. {@code SPRING_ELASTICSEARCH_PASSWORD}
     */
    static SideProcess start(String name, Path jar, String heap, Path logDir, List<String> properties,
                             Map<String, String> environment) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: build " + name + " first");
        }
        Files.createDirectories(logDir);
        int port = ChildJvm.freePort();
        List<String> command = ChildJvm.command(jar, heap);
        command.addAll(List.of("--server.port=" + port, "--serviceledger.security.mode=users"));
        for (int i = 0; i < USERS.size(); i++) {
            String user = USERS.get(i)[0];
            command.add("--serviceledger.security.users[%d].name=%s".formatted(i, user));
            command.add("--serviceledger.security.users[%d].password={noop}%s".formatted(i, user));
            command.add("--serviceledger.security.users[%d].roles=%s".formatted(i, USERS.get(i)[1]));
            // the harness works across the whole group
            command.add("--serviceledger.security.users[%d].scope=*".formatted(i));
        }
        command.addAll(DEV_KEYS);
        properties.forEach(property -> command.add("--" + property));
        Path log = nextLog(logDir, name);
        String baseUrl = "http://localhost:" + port;
        CommandClient probe = new CommandClient(baseUrl);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        ChildJvm child = ChildJvm.start(name, builder, log, READY_PATIENCE,
                () -> probe.status("/actuator/health", "admin") == 200);
        return new SideProcess(child, baseUrl);
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return child.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, as when the machine or the container dies. */
    void kill() throws InterruptedException {
        child.kill();
    }

    @Override
    public void close() throws InterruptedException {
        child.close();
    }

    private static Path nextLog(Path dir, String name) {
        for (int n = 1; ; n++) {
            Path log = dir.resolve(name + "-" + n + ".log");
            if (!Files.exists(log)) {
                return log;
            }
        }
    }
}
