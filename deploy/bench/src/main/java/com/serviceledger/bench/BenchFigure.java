package com.serviceledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line of {@code bench-report}: a figure's median and spread over the harness's repeated runs, and the
 * goal issue 6 sets for it, if any. Read from the harnesses' own reports, so a figure a harness did not
 * measure shows as missing, never as zero.
 */
public record BenchFigure(String figure, double median, double min, double max, String goal) {

    static List<BenchFigure> ofLoad(JsonNode load) {
        JsonNode figures = load.path("figures");
        List<BenchFigure> out = new ArrayList<>();
        out.add(spread("sustained commands/s over HTTP", figures.path("sustained commands/s (2xx, closed loop)"), ""));
        out.add(spread("events appended/s in that window", figures.path("events appended/s (sustained window)"), ""));
        out.add(spread("latency p50 ms at 50 % of sustained", figures.path("latency p50 ms at half rate"), ""));
        out.add(spread("latency p95 ms at 50 % of sustained", figures.path("latency p95 ms at half rate"), ""));
        out.add(spread("latency p99 ms at 50 % of sustained", figures.path("latency p99 ms at half rate"), ""));
        out.add(spread("projection lag p50 ms at 50 %", figures.path("projection lag p50 ms (complaint view)"), ""));
        out.add(spread("projection lag p99 ms at 50 %", figures.path("projection lag p99 ms (complaint view)"),
                "< 2000"));
        out.add(spread("peak RSS MiB of the standalone process", figures.path("peak RSS MiB (VmHWM)"), ""));
        out.add(spread("raw JDBC batch insert rows/s (ceiling)", figures.path("raw JDBC batch insert rows/s (ceiling)"),
                ""));
        out.add(spread("append ÷ raw insert, %", figures.path("append ÷ raw insert, %"), "≥ 40"));
        out.add(spread("raw JDBC insert rows/s, one commit per row", figures.path(
                "raw JDBC insert rows/s, one commit per row"), ""));
        out.add(spread("append ÷ one-commit insert, %", figures.path("append ÷ one-commit insert, %"), ""));
        return out;
    }

    static List<BenchFigure> ofRebuild(JsonNode rebuild) {
        JsonNode summary = rebuild.path("summary");
        long events = rebuild.path("runs").path(0).path("events").asLong(-1);
        List<BenchFigure> out = new ArrayList<>();
        out.add(spread("rebuild events/s (" + events + " events)", summary.path("rebuildEventsPerSecond"), ""));
        out.add(spread("raw _bulk events/s equivalent (ceiling)", summary.path("rawEventsPerSecond"), ""));
        JsonNode ratio = summary.path("ratio");
        out.add(new BenchFigure("rebuild ÷ raw bulk, %", percent(ratio.path("median")), percent(ratio.path("min")),
                percent(ratio.path("max")), "≥ 60"));
        // one fill per harness run, so a single value: Axon's append path against plain JDBC, batch for batch
        JsonNode append = rebuild.path("append");
        out.add(single("event-store append events/s (EventStore.publish, batches)", number(append.path("eventsPerSecond"))));
        out.add(single("raw JDBC batch insert rows/s, same rows and batches", number(append.path("rawInsertRowsPerSecond"))));
        out.add(single("event-store append ÷ raw insert, %", percent(append.path("ratio"))));
        return out;
    }

    /**
     * Each query's p50 and p99 as the metric-latency harness measured them without the request cache (the
     * cached figures are in its own report), with the node's floor: one bare search of the same grouping.
     * Median and spread over the harness's runs (the first fills the node, the others re-time it).
     */
    static List<BenchFigure> ofMetrics(List<JsonNode> runs) {
        Map<String, List<double[]>> byQuery = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            for (JsonNode latency : run.path("latencies")) {
                String name = latency.path("name").asText("?");
                if (!name.contains("cache on")) {
                    byQuery.computeIfAbsent(name.replace(" (computed every time)", ""), n -> new ArrayList<>())
                            .add(new double[] {latency.path("p50Ms").asDouble(Double.NaN),
                                    latency.path("p99Ms").asDouble(Double.NaN)});
                }
            }
        }
        long complaints = runs.isEmpty() ? -1 : runs.getFirst().path("documents").path("complaints").asLong(-1);
        List<BenchFigure> out = new ArrayList<>();
        byQuery.forEach((name, values) -> {
            boolean grouped = name.contains("by department") && !name.startsWith("node floor");
            out.add(spread(name + ", p50 ms (" + complaints + " complaints)", values, 0, ""));
            out.add(spread(name + ", p99 ms (" + complaints + " complaints)", values, 1, grouped ? "< 300" : ""));
        });
        return out;
    }

    /** The console's dashboard (one run: its figures are percentiles over many loads and updates already). */
    static List<BenchFigure> ofConsole(JsonNode console) {
        List<BenchFigure> out = new ArrayList<>();
        String history = " (" + console.path("historyDays").asInt() + " days of demo history)";
        console.path("pages").fields().forEachRemaining(page -> {
            out.add(goal("dashboard first render p50 ms, " + page.getKey() + history,
                    number(page.getValue().path("firstRenderP50Ms")), ""));
            out.add(goal("dashboard first render p95 ms, " + page.getKey() + history,
                    number(page.getValue().path("firstRenderP95Ms")), "< 1000"));
            out.add(goal("dashboard chart-ready (HTML + CSS + JS) p95 ms, " + page.getKey(),
                    number(page.getValue().path("chartReadyP95Ms")), ""));
        });
        JsonNode live = console.path("liveUpdate");
        out.add(goal("dashboard live update p50 ms (command → stream event)", number(live.path("p50Ms")), ""));
        out.add(goal("dashboard live update p95 ms (command → stream event)", number(live.path("p95Ms")), "< 200"));
        JsonNode weight = console.path("pageWeight").path("total");
        out.add(single("dashboard page weight KiB (HTML + CSS + JS), raw", number(weight.path("raw")) / 1024));
        out.add(single("dashboard page weight KiB (HTML + CSS + JS), gzip", number(weight.path("gzip")) / 1024));
        return out;
    }

    private static BenchFigure goal(String figure, double value, String goal) {
        return new BenchFigure(figure, value, value, value, goal);
    }

    private static BenchFigure spread(String figure, List<double[]> values, int column, String goal) {
        double[] sorted = values.stream().mapToDouble(v -> v[column]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return new BenchFigure(figure, Double.NaN, Double.NaN, Double.NaN, goal);
        }
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new BenchFigure(figure, median, sorted[0], sorted[sorted.length - 1], goal);
    }

    private static BenchFigure spread(String figure, JsonNode spread, String goal) {
        return new BenchFigure(figure, number(spread.path("median")), number(spread.path("min")),
                number(spread.path("max")), goal);
    }

    private static BenchFigure single(String figure, double value) {
        return new BenchFigure(figure, value, value, value, "");
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private static double percent(JsonNode ratio) {
        return ratio.isNumber() ? Math.round(ratio.asDouble() * 1000) / 10.0 : Double.NaN;
    }

    static String markdown(JsonNode report, List<BenchFigure> figures) {
        StringBuilder md = new StringBuilder("# ServiceLedger bench report\n\n")
                .append("Measured ").append(report.path("measuredAt").asText()).append(", scale ")
                .append(report.path("scale").asText()).append(", on ").append(report.path("machine")).append(".\n\n")
                .append("Median and spread (min–max) over each harness's repeated runs; the harnesses' own reports ")
                .append("(load-report, rebuild-report, metric-latency) hold every run.\n\n")
                .append("| figure | median | min | max | goal |\n|---|---|---|---|---|\n");
        for (BenchFigure figure : figures) {
            md.append("| ").append(figure.figure()).append(" | ").append(format(figure.median())).append(" | ")
                    .append(format(figure.min())).append(" | ").append(format(figure.max())).append(" | ")
                    .append(figure.goal()).append(" |\n");
        }
        return md.toString();
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.1f", value);
    }
}
