package com.serviceledger.bench;

import java.util.List;

/**
 * The sizes each harness runs at. {@code QUICK} finishes in under 10 minutes on 2 cores; {@code FULL} is
 * issue 6's definition: rebuild of 1 million events, metric queries over 1 million complaints.
 */
enum BenchScale {

    QUICK(List.of("--runs=3", "--warmup=5", "--duration=20", "--latency-duration=15"),
            List.of("--events=100000", "--runs=3"),
            List.of("--complaints=100000", "--service-requests=100000", "--ratings=50000", "--iterations=50"), 3,
            List.of("--days=90", "--loads=50", "--updates=20")),
    FULL(List.of("--runs=3"),
            List.of("--events=1000000", "--runs=3"),
            List.of("--complaints=1000000", "--service-requests=1000000", "--ratings=500000", "--iterations=100"), 3,
            List.of("--days=90", "--loads=100", "--updates=40"));

    private final List<String> load;
    private final List<String> rebuild;
    private final List<String> metrics;
    private final int metricRuns;
    private final List<String> console;

    BenchScale(List<String> load, List<String> rebuild, List<String> metrics, int metricRuns, List<String> console) {
        this.load = load;
        this.rebuild = rebuild;
        this.metrics = metrics;
        this.metricRuns = metricRuns;
        this.console = console;
    }

    /** The console's dashboard: days of demo history, page loads timed, live updates timed. */
    List<String> console() {
        return console;
    }

    static BenchScale of(String name) {
        return switch (name) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("--scale is quick or full, not " + name);
        };
    }

    List<String> load() {
        return load;
    }

    List<String> rebuild() {
        return rebuild;
    }

    List<String> metrics() {
        return metrics;
    }

    /** Metric-latency runs: the first fills the node, the others re-time the same documents. */
    int metricRuns() {
        return metricRuns;
    }
}
