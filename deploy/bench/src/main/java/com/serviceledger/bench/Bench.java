package com.serviceledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one bench command: runs the command-load, rebuild-rate, metric-latency and console harnesses one after the
 * other, each in a JVM of its own (they start servers on the same machine and must not share a heap), then
 * gathers their reports into {@code bench-report.json} and {@code bench-report.md}: every figure of issue 6
 * as median and spread, and the ratios to the ceilings measured in the same run.
 *
 * <p>{@code --scale=quick} (default: 8 min 30 s of measuring after the build on a quiet 2-core machine, and the
 * console's dashboard after 90 days of demo history: 3 to 7 minutes to simulate them, kept in the output folder for
 * the next run) or {@code --scale=full} (1 million events and complaints); {@code --only=load,rebuild,metrics,console}
 * picks harnesses; {@code --out}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = BenchArguments.parse(args, Set.of("scale", "only", "out"));
        BenchScale scale = BenchScale.of(given.getOrDefault("scale", "quick"));
        Path out = Path.of(given.getOrDefault("out", "target/bench")).toAbsolutePath();
        Set<String> only = Set.of(given.getOrDefault("only", "load,rebuild,metrics,console").split(","));
        Files.createDirectories(out);

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode report = json.createObjectNode();
        report.put("measuredAt", Instant.now().toString());
        report.put("scale", scale.name().toLowerCase());
        report.putPOJO("machine", BenchMachine.describe());
        ObjectNode harnesses = report.putObject("harnesses");
        List<BenchFigure> figures = new ArrayList<>();
        if (only.contains("load")) {
            JsonNode load = run(json, "com.serviceledger.bench.load.CommandLoadBench", scale.load(), out, "load-report.json");
            harnesses.set("commandLoad", load);
            figures.addAll(BenchFigure.ofLoad(load));
        }
        if (only.contains("rebuild")) {
            JsonNode rebuild = run(json, "com.serviceledger.bench.rebuild.RebuildBench", scale.rebuild(), out,
                    "rebuild-report.json");
            harnesses.set("rebuild", rebuild);
            figures.addAll(BenchFigure.ofRebuild(rebuild));
        }
        if (only.contains("metrics")) {
            // the first run fills the node; the others time the same documents again
            List<JsonNode> runs = new ArrayList<>();
            for (int run = 0; run < scale.metricRuns(); run++) {
                List<String> arguments = new ArrayList<>(scale.metrics());
                if (run > 0) {
                    arguments.add("--reuse=true");
                }
                runs.add(run(json, "com.serviceledger.bench.MetricLatencyBench", arguments, out,
                        "metric-latency.json"));
            }
            harnesses.putArray("metricLatency").addAll(runs);
            figures.addAll(BenchFigure.ofMetrics(runs));
        }
        if (only.contains("console")) {
            JsonNode console = run(json, "com.serviceledger.bench.console.ConsoleBench", scale.console(), out,
                    "console-report.json");
            harnesses.set("console", console);
            figures.addAll(BenchFigure.ofConsole(console));
        }
        report.putPOJO("figures", figures);
        json.writeValue(out.resolve("bench-report.json").toFile(), report);
        String summary = BenchFigure.markdown(report, figures);
        Files.writeString(out.resolve("bench-report.md"), summary);
        System.out.println(summary);
        System.exit(0);
    }

    /** One harness in a child JVM with this JVM's class path and flags; its report, read back. */
    private static JsonNode run(ObjectMapper json, String main, List<String> args, Path out, String reportFile)
            throws IOException, InterruptedException {
        Path report = out.resolve(reportFile);
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> !flag.startsWith("-agentlib") && !flag.startsWith("-javaagent")
                        && !flag.startsWith("-XX:StartFlightRecording"))
                .forEach(command::add);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(args);
        command.add("--out=" + out);
        System.out.println("== " + main + " " + String.join(" ", args));
        long started = System.nanoTime();
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        System.out.printf("== %s ended with %d after %s%n", main, exit,
                Duration.ofNanos(System.nanoTime() - started).withNanos(0));
        if (exit != 0 || !Files.isRegularFile(report)) {
            throw new IllegalStateException(main + " failed (exit " + exit + "); see its output above");
        }
        return json.readTree(report.toFile());
    }
}
