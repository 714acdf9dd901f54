package com.serviceledger.bench.load;

import com.serviceledger.bench.BenchArguments;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What {@link CommandLoadBench} runs: {@code --clients=16 --duration=60 --warmup=10 --latency-duration=20
 * --lag-every=3 --ceiling-rows=20000 --batch=500 --runs=3 --out=target/bench
 * --jar=deploy/standalone/target/standalone-0.1.0-SNAPSHOT.jar --child-heap=2g}, or {@code --url=http://host:port}
 * to drive a running system (then no peak RSS and no JDBC ceiling: its database is not ours to open).
 */
record LoadOptions(String url, int clients, Duration duration, Duration warmup, Duration latencyDuration,
                   int lagEvery, int ceilingRows, int batch, int runs, Path out, Path jar, String childHeap) {

    private static final Set<String> KNOWN = Set.of("url", "clients", "duration", "warmup", "latency-duration",
            "lag-every", "ceiling-rows", "batch", "runs", "out", "jar", "child-heap");

    static LoadOptions parse(String[] args) {
        Map<String, String> given = BenchArguments.parse(args, KNOWN);
        LoadOptions options = new LoadOptions(given.get("url"),
                Integer.parseInt(given.getOrDefault("clients", "16")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("duration", "60"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "10"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("latency-duration", "20"))),
                Integer.parseInt(given.getOrDefault("lag-every", "3")),
                Integer.parseInt(given.getOrDefault("ceiling-rows", "20000")),
                Integer.parseInt(given.getOrDefault("batch", "500")),
                Integer.parseInt(given.getOrDefault("runs", "3")),
                Path.of(given.getOrDefault("out", "target/bench")),
                Path.of(given.getOrDefault("jar", "deploy/standalone/target/standalone-0.1.0-SNAPSHOT.jar")),
                given.getOrDefault("child-heap", "2g"));
        if (options.clients() < 1 || options.runs() < 1 || options.lagEvery() < 1 || options.batch() < 1) {
            throw new IllegalArgumentException("clients, runs, lag-every and batch must be at least 1");
        }
        return options;
    }

    boolean startsChild() {
        return url == null;
    }
}
