package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * On-time completion rate (服務完成及時率, 000 §5.2): items settled on time ÷ items settled in the period,
 * one series per {@link CompletionKind}. An item is settled when it is completed or when its deadline
 * passes unmet (a breach), whichever comes first, in the local period of that date; so an unfinished late
 * item counts as late and never moves to a later period. Every settled complaint item counts, also of a
 * complaint dismissed after it was settled (a dismissal settles nothing: an urgent complaint that missed its
 * 10-minute on-site target and was dismissed later is late on site). The same-day callback is owed once per
 * resolution, so each resolution round is an item. Service requests are also given against their original due
 * time ({@code details.onTimeAgainstOriginal}, {@code details.valueAgainstOriginal}).
 */
@Component
class OnTimeCompletionMetric {

    static final String NAME = "on-time-completion";
    static final String DEFINITION = "items settled on time / items settled in the period; settled = completed,"
            + " or deadline passed unmet (breach), whichever first; a complaint's settled items count even if it"
            + " is dismissed later; the callback is one item per resolution";
    private static final String ON_TIME = "onTime";
    private static final String ON_TIME_ORIGINAL = "onTimeAgainstOriginal";

    private final PeriodCounts counts;
    private final MetricSources sources;
    private final MetricsProperties properties;

    OnTimeCompletionMetric(PeriodCounts counts, MetricSources sources, MetricsProperties properties) {
        this.counts = counts;
        this.sources = sources;
        this.properties = properties;
    }

    /**
     * @param kinds the kinds asked for, or null for every kind the grouping and filters apply to
     */
    Mono<MetricReport> report(MetricQuery query, List<CompletionKind> kinds) {
        return Mono.defer(() -> {
            List<CompletionKind> chosen = kinds != null ? kinds : applicableKinds(query);
            if (kinds != null) {
                for (CompletionKind kind : kinds) {
                    query.requireSupport(NAME + " kind " + kind.parameter(), List.of(kind.source(sources)));
                }
            } else if (chosen.isEmpty()) {
                throw com.serviceledger.query.web.QueryProblems.invalidParameter("groupBy",
                        "with these filters applies to no kind of item");
            }
            MetricLimits.check(query, 1, properties);
            return Flux.fromIterable(chosen).flatMapSequential(kind -> series(query, kind)).collectList();
        }).map(series -> MetricReport.of(NAME, DEFINITION, query, series, null));
    }

    /** The kinds whose items carry every dimension the request groups or filters by. */
    List<CompletionKind> applicableKinds(MetricQuery query) {
        return java.util.Arrays.stream(CompletionKind.values())
                .filter(kind -> kind.source(sources).supportsAll(query.dimensions())).toList();
    }

    Mono<MetricSeries> series(MetricQuery query, CompletionKind kind) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        // the sum of a boolean counts its true values, reading doc values directly: cheaper for the node
        // than a filter aggregation under every group and period
        figures.put(ON_TIME, Figure.sum(kind.onTimeField()));
        if (kind == CompletionKind.SERVICE_REQUEST) {
            figures.put(ON_TIME_ORIGINAL, Figure.matching(Query.of(q -> q.bool(b -> b
                    .filter(kind.onTime())
                    .filter(MetricSources.term("deliveredOnTimeAgainstOriginal", true))))));
        }
        return counts.count(kind.source(sources), query, figures).map(found -> {
            Set<String> groups = new HashSet<>(found.byGroup().keySet());
            if (query.groupBy() == null) {
                groups.add(null);
            }
            MetricLimits.check(query, groups.size(), properties);
            return MetricSeries.of(kind.parameter(), query, groups, (group, start) -> {
                long settled = found.count(group, start, PeriodCounts.COUNT);
                long onTime = found.count(group, start, ON_TIME);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("late", settled - onTime);
                if (kind == CompletionKind.SERVICE_REQUEST) {
                    long original = found.count(group, start, ON_TIME_ORIGINAL);
                    details.put(ON_TIME_ORIGINAL, original);
                    details.put("valueAgainstOriginal", MetricBucket.ratio(original, settled));
                }
                return new MetricSeries.Tally(onTime, settled, details);
            });
        });
    }
}
