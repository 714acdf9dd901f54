package com.serviceledger.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.serviceledger.bench.BenchMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** {@code load-report.json} (every run, and each figure's median and spread) and {@code load-report.md}. */
final class LoadReport {

    /** The figures, in the order of the summary: name, unit, how to read it from a run. */
    static final Map<String, ToDoubleFunction<RunResult>> FIGURES = figures();

    private LoadReport() {
    }

    private static Map<String, ToDoubleFunction<RunResult>> figures() {
        Map<String, ToDoubleFunction<RunResult>> figures = new LinkedHashMap<>();
        figures.put("sustained commands/s (2xx, closed loop)", r -> r.sustained().commandsPerSecond());
        figures.put("events appended/s (sustained window)", RunResult::eventsAppendedPerSecond);
        figures.put("open-loop arrival rate (50 % of sustained), commands/s", r -> r.halfRate().targetPerSecond());
        figures.put("latency p50 ms at half rate", r -> r.halfRate().p50Ms());
        figures.put("latency p95 ms at half rate", r -> r.halfRate().p95Ms());
        figures.put("latency p99 ms at half rate", r -> r.halfRate().p99Ms());
        figures.put("projection lag p50 ms (complaint view)", r -> r.halfRate().lagP50Ms());
        figures.put("projection lag p99 ms (complaint view)", r -> r.halfRate().lagP99Ms());
        figures.put("peak RSS MiB (VmHWM)", RunResult::peakRssMb);
        figures.put("raw JDBC batch insert rows/s (ceiling)", RunResult::rawInsertRowsPerSecond);
        figures.put("append ÷ raw insert, %", r -> r.appendToRawInsert() * 100);
        figures.put("raw JDBC insert rows/s, one commit per row", RunResult::rawInsertOneCommitRowsPerSecond);
        figures.put("append ÷ one-commit insert, %", r -> r.appendToOneCommitInsert() * 100);
        figures.put("SLA decision → webhook p50 ms (under the load)",
                r -> r.notifications() == null ? Double.NaN : r.notifications().p50Ms());
        figures.put("SLA decision → webhook p99 ms (under the load)",
                r -> r.notifications() == null ? Double.NaN : r.notifications().p99Ms());
        return figures;
    }

    static Map<String, Object> build(LoadOptions options, List<RunResult> runs) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("measuredAt", Instant.now().toString());
        report.put("machine", BenchMachine.describe());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("target", options.startsChild() ? "child process " + options.jar() : options.url());
        settings.put("clients", options.clients());
        settings.put("warmupSeconds", options.warmup().toSeconds());
        settings.put("durationSeconds", options.duration().toSeconds());
        settings.put("latencyDurationSeconds", options.latencyDuration().toSeconds());
        settings.put("lagEvery", options.lagEvery());
        settings.put("ceilingRows", options.ceilingRows());
        settings.put("batch", options.batch());
        settings.put("childHeap", options.childHeap());
        settings.put("runs", options.runs());
        report.put("settings", settings);
        Map<String, Object> figures = new LinkedHashMap<>();
        FIGURES.forEach((name, read) -> {
            double[] values = runs.stream().mapToDouble(read).toArray();
            figures.put(name, Percentiles.spread(values));
        });
        report.put("figures", figures);
        report.put("runs", runs);
        return report;
    }

    static String markdown(Map<String, Object> report) {
        StringBuilder md = new StringBuilder("# Command load: throughput, latency, projection lag, notification delay, RSS, JDBC ceiling\n\n")
                .append("Measured ").append(report.get("measuredAt")).append(" on ").append(report.get("machine"))
                .append(".\n\nSettings: ").append(report.get("settings")).append("\n\n")
                .append("| figure | median | min | max |\n|---|---|---|---|\n");
        @SuppressWarnings("unchecked")
        Map<String, Percentiles.Spread> figures = (Map<String, Percentiles.Spread>) report.get("figures");
        figures.forEach((name, s) -> md.append("| ").append(name).append(" | ").append(format(s.median()))
                .append(" | ").append(format(s.min())).append(" | ").append(format(s.max())).append(" |\n"));
        @SuppressWarnings("unchecked")
        List<RunResult> runs = (List<RunResult>) report.get("runs");
        md.append("\nPer run: failed commands (status → count) in the sustained and the open loop, lag samples.\n\n");
        for (int i = 0; i < runs.size(); i++) {
            RunResult run = runs.get(i);
            md.append("- run ").append(i + 1).append(": sustained ").append(run.sustained().commands())
                    .append(" ok, failures ").append(run.sustained().failures()).append("; open loop ")
                    .append(run.halfRate().sent()).append(" sent, failures ").append(run.halfRate().failures())
                    .append("; lag samples ").append(run.halfRate().lagSamples()).append(", lag timeouts ")
                    .append(run.halfRate().lagTimeouts()).append("; events appended ").append(run.eventsAppended())
                    .append(run.notifications() == null ? "" : "; webhooks: " + run.notifications())
                    .append('\n');
        }
        return md.toString();
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "–" : String.valueOf(value);
    }

    static void write(Path out, Map<String, Object> report) throws IOException {
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        json.writeValue(out.resolve("load-report.json").toFile(), report);
        Files.writeString(out.resolve("load-report.md"), markdown(report));
    }
}
