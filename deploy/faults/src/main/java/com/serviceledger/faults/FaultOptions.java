package com.serviceledger.faults;

import com.serviceledger.bench.BenchArguments;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fault run's command line: {@code --scenarios=standalone-kill,… --scale=short|full --seed=…
 * --jar=deploy/standalone/target/standalone-0.1.0-SNAPSHOT.jar --child-heap=2g --out=target/faults}.
 * Paths are relative to the working directory (the project root under {@code spring-boot:run}).
 *
 * @param scenarios the scenario names to run, in order; empty means every registered scenario
 * @param seed      draws the kill moments and the command mix: the same seed gives the same plan
 * @param out       where the reports and each scenario's data directory go
 */
public record FaultOptions(List<String> scenarios, Scale scale, long seed, Path jar, String childHeap, Path out) {

    public static final String DEFAULT_JAR = "deploy/standalone/target/standalone-0.1.0-SNAPSHOT.jar";

    public static FaultOptions parse(String[] args) {
        Map<String, String> given = BenchArguments.parse(args,
                Set.of("scenarios", "scale", "seed", "jar", "child-heap", "out"));
        String scenarios = given.getOrDefault("scenarios", "");
        return new FaultOptions(
                scenarios.isBlank() ? List.of() : Arrays.stream(scenarios.split(",")).map(String::trim).toList(),
                Scale.of(given.getOrDefault("scale", "short")),
                Long.parseLong(given.getOrDefault("seed", "20261126")),
                Path.of(given.getOrDefault("jar", System.getProperty("faults.jar", DEFAULT_JAR))),
                given.getOrDefault("child-heap", "2g"),
                Path.of(given.getOrDefault("out", System.getProperty("faults.out", "target/faults"))));
    }

    /** A scenario's own directory under {@link #out()} (its data directory and the child's log go there). */
    public Path workDir(String scenario) {
        return out.resolve(scenario);
    }
}
