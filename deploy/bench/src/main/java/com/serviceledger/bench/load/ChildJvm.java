package com.serviceledger.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One of the project's apps as a child JVM of a harness (the bench, the fault run): started from its jar, waited on
 * until it serves, then stopped gracefully or killed with SIGKILL. The harnesses add what the app needs
 * (environment, properties); the lifecycle is here once.
 */
public final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** {@code java -Xmx<heap> -XX:+UseG1GC <jvmOptions…> -jar <jar>}: append the app's arguments to it. */
    public static List<String> command(Path jar, String heap, String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-XX:+UseG1GC"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return command;
    }

    /**
     * Starts {@code builder} (its output already redirected to {@code log}) and waits until {@code ready} holds.
     * A child that exits or is not ready within {@code patience} is stopped, and the start fails naming its log.
     */
    public static ChildJvm start(String name, ProcessBuilder builder, Path log, Duration patience,
                                 BooleanSupplier ready) throws IOException, InterruptedException {
        ChildJvm child = new ChildJvm(name, builder.start(), log);
        long deadline = System.nanoTime() + patience.toNanos();
        while (!ready.getAsBoolean()) {
            if (!child.process.isAlive()) {
                throw new IllegalStateException("the " + name + " exited; see " + log);
            }
            if (System.nanoTime() > deadline) {
                child.close();
                throw new IllegalStateException("the " + name + " was not ready within " + patience + "; see " + log);
            }
            Thread.sleep(500);
        }
        return child;
    }

    /** A port free now on loopback, for a child to listen on. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on the real pid: no shutdown hook, no flush, as when the machine or the container dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the " + name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
        }
    }

    /** SIGTERM, then up to a minute for the graceful shutdown (files released, work handed back), then SIGKILL. */
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
