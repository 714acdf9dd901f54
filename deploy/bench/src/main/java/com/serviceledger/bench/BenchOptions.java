package com.serviceledger.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * What to measure: {@code --complaints=1000000 --service-requests=1000000 --ratings=500000 --months=24
 * --iterations=100 --out=target/bench --reuse=false --hold-seconds=0}. With {@code --reuse=true} the node's
 * data of an earlier run with the same sizes is kept and only the queries are timed again; with
 * {@code --hold-seconds} the node stays up that long after the timing, for profiling requests by hand.
 */
record BenchOptions(int complaints, int serviceRequests, int ratings, int months, int iterations, Path out,
                    boolean reuse, int holdSeconds) {

    static BenchOptions parse(String[] args) {
        Map<String, String> given = BenchArguments.parse(args, java.util.Set.of("complaints", "service-requests",
                "ratings", "months", "iterations", "out", "reuse", "hold-seconds"));
        BenchOptions options = new BenchOptions(
                Integer.parseInt(given.getOrDefault("complaints", "1000000")),
                Integer.parseInt(given.getOrDefault("service-requests", "1000000")),
                Integer.parseInt(given.getOrDefault("ratings", "500000")),
                Integer.parseInt(given.getOrDefault("months", "24")),
                Integer.parseInt(given.getOrDefault("iterations", "100")),
                Path.of(given.getOrDefault("out", "target/bench")),
                Boolean.parseBoolean(given.getOrDefault("reuse", "false")),
                Integer.parseInt(given.getOrDefault("hold-seconds", "0")));
        return options;
    }
}
