package com.serviceledger.bench.rebuild;

import com.serviceledger.bench.BenchArguments;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What to measure: {@code --events=100000 --runs=3 --append-batch=1000 --out=target/bench --reuse=false}.
 * With {@code --reuse=true} the event store and node of an earlier run in the same directory are kept when
 * the store holds exactly {@code --events} rows, and only the rebuilds and the ceiling are measured again.
 * The default is a tenth of the million events (about 3 minutes on 2 idle cores, 7 under a load of
 * 15): at the rates measured there (≈3,800 appends/s, ≈2,800 rebuilt events/s) a million takes about 11
 * minutes with one run and 23 with three; ask for it with {@code --events=1000000 --runs=1}.
 */
record RebuildOptions(int events, int runs, int appendBatch, Path out, boolean reuse) {

    private static final Set<String> KNOWN = Set.of("events", "runs", "append-batch", "out", "reuse");

    static RebuildOptions parse(String... args) {
        Map<String, String> given = BenchArguments.parse(args, KNOWN);
        RebuildOptions options = new RebuildOptions(
                Integer.parseInt(given.getOrDefault("events", "100000")),
                Integer.parseInt(given.getOrDefault("runs", "3")),
                Integer.parseInt(given.getOrDefault("append-batch", "1000")),
                Path.of(given.getOrDefault("out", "target/bench")),
                Boolean.parseBoolean(given.getOrDefault("reuse", "false")));
        if (options.events < 1 || options.runs < 1 || options.appendBatch < 1) {
            throw new IllegalArgumentException("--events, --runs and --append-batch must be positive");
        }
        return options;
    }
}
