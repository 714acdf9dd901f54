package com.serviceledger.audit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.serviceledger.query.audit.replay.ReplayDimension;
import com.serviceledger.query.audit.replay.ReplayException;
import com.serviceledger.query.audit.replay.ReplayMetrics;
import com.serviceledger.query.audit.replay.ReplayQuery;
import com.serviceledger.query.audit.replay.ReplayedViews;
import com.serviceledger.query.metrics.MetricBucket;
import com.serviceledger.query.metrics.MetricReport;
import com.serviceledger.query.metrics.MetricSeries;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code metrics}: the three service-quality metrics recomputed from the replayed views, as a table or, with
 * {@code --json}, as one JSON object whose members are the API's answers
 * ({@code {"complaint-rate":{…},"on-time-completion":{…},"satisfaction-trend":{…}}}).
 */
final class MetricsCommand implements Command {

    private static final List<String> METRICS = List.of(ReplayMetrics.COMPLAINT_RATE,
            ReplayMetrics.ON_TIME_COMPLETION, ReplayMetrics.SATISFACTION_TREND);
    /** CLI option → the API's parameter, for filters. */
    private static final Map<String, ReplayDimension> FILTERS = Map.of("subsidiary", ReplayDimension.SUBSIDIARY,
            "department", ReplayDimension.DEPARTMENT, "post", ReplayDimension.POST,
            "channel", ReplayDimension.CHANNEL, "category", ReplayDimension.CATEGORY);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String usage() {
        return """
                  metrics (--input <export.ndjson> | --jdbc-url <url> [--jdbc-user <u>] [--jdbc-password <p>])
                          --from <2026-10|2026-10-01> --to <2026-11|2026-11-01> [--period day|week|month|quarter|year]
                          [--group-by none|subsidiary|department|post|channel|category]
                          [--subsidiary <id>] [--department <id>] [--post <id>] [--channel <HOTLINE…>] [--category <…>]
                          [--metric complaint-rate,on-time-completion,satisfaction-trend]
                          [--kind service-request,complaint-resolution,rectification,contact,on-site,callback]
                          [--target-csat <percent, 90>] [--json]
                          prints the complaint rate, on-time completion and satisfaction trend as the API computes them""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Set<String> valued = StatesCommand.union(EventInput.OPTIONS, Set.of("from", "to", "period", "group-by",
                "subsidiary", "department", "post", "channel", "category", "metric", "kind", "target-csat"));
        Options options = Options.parse(args, valued, Set.of("json"));
        EventInput input = EventInput.of(options);
        Map<ReplayDimension, String> filters = new EnumMap<>(ReplayDimension.class);
        FILTERS.forEach((option, dimension) -> {
            if (options.has(option)) {
                filters.put(dimension, options.get(option));
            }
        });
        // every argument is checked before the input is read: a typo never costs a replay of the store
        ReplayQuery query = ReplayQuery.parse(options.get("period"), options.get("from"), options.get("to"),
                options.get("group-by"), filters);
        List<String> metrics = metrics(options.get("metric"));
        List<String> kinds = ReplayMetrics.kinds(options.get("kind"));
        if (kinds != null && !metrics.contains(ReplayMetrics.ON_TIME_COMPLETION)) {
            throw new UsageException("--kind applies to on-time-completion only");
        }
        int target = targetCsat(options.get("target-csat"));

        ReplayedViews views = new ReplayedViews();
        input.forEach(views::fold);
        views.problems().forEach(problem -> err.println("warning: " + problem));
        ReplayMetrics engine = new ReplayMetrics(views, target);
        Map<String, MetricReport> reports = new LinkedHashMap<>();
        for (String metric : metrics) {
            reports.put(metric, switch (metric) {
                case ReplayMetrics.COMPLAINT_RATE -> engine.complaintRate(query);
                case ReplayMetrics.ON_TIME_COMPLETION -> engine.onTimeCompletion(query, kinds);
                default -> engine.satisfactionTrend(query);
            });
        }
        if (options.has("json")) {
            try {
                out.println(JSON.writeValueAsString(reports));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.printf("replayed %d events (%d applied to views) from %s%n", views.eventsRead(),
                    views.eventsApplied(), input.describe());
            reports.values().forEach(report -> table(report, out));
        }
        return AuditCli.OK;
    }

    private static List<String> metrics(String raw) {
        if (raw == null) {
            return METRICS;
        }
        List<String> chosen = new ArrayList<>();
        for (String value : raw.split(",")) {
            String name = value.trim().toLowerCase(Locale.ROOT);
            if (!METRICS.contains(name)) {
                throw new UsageException("--metric must be among " + String.join(", ", METRICS) + "; was '"
                        + value.trim() + "'");
            }
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
    }

    private static int targetCsat(String raw) {
        if (raw == null) {
            return ReplayMetrics.DEFAULT_TARGET_CSAT_PERCENT;
        }
        try {
            int percent = Integer.parseInt(raw.trim());
            if (percent >= 0 && percent <= 100) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--target-csat must be a whole percent from 0 to 100 (the API's"
                + " serviceledger.query.metrics.target-csat-percent); was '" + raw + "'");
    }

    /** A metric refusal (the API's 400) in the CLI's words: the option instead of the request parameter. */
    static String asOption(ReplayException e) {
        String option = switch (e.parameter()) {
            case "groupBy" -> "--group-by";
            case "subsidiaryId" -> "--subsidiary";
            case "departmentId" -> "--department";
            case "postId" -> "--post";
            default -> "--" + e.parameter();
        };
        return e.getMessage().replace("'" + e.parameter() + "'", option).replace("'to'", "--to");
    }

    private static void table(MetricReport report, PrintStream out) {
        out.println();
        out.printf("%s: %s%n  period %s, %s to %s (exclusive), group by %s%s%n", report.metric(), report.definition(),
                report.period(), report.from(), report.to(), report.groupBy(),
                report.filters().isEmpty() ? "" : ", filters " + report.filters());
        if (report.details() != null) {
            out.println("  " + report.details());
        }
        String format = "%-22s %-10s %-24s %9s %11s %8s %8s %8s  %s%n";
        out.printf(format, "series", "period", "group", "numerator", "denominator", "value", "previous", "change",
                "details");
        for (MetricSeries series : report.series()) {
            for (MetricBucket bucket : series.buckets()) {
                out.printf(format, series.name(), bucket.period(), bucket.group() == null ? "-" : bucket.group(),
                        bucket.numerator(), bucket.denominator(), ratio(bucket.value()),
                        ratio(bucket.change().previousValue()), ratio(bucket.change().delta()), bucket.details());
            }
        }
    }

    private static String ratio(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
