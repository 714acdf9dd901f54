package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.serviceledger.query.web.QueryProblems;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts one source per group and period in a single search: terms on the group field (when grouped) →
 * a UTC date histogram on the source's local-date field (or, by month, terms on its local-month keyword
 * when the source has one) → the figures. A source of nested elements ({@link MetricSource#nestedPath()})
 * is searched for the documents with a matching element (the dimensions filter the documents), grouped on
 * the documents' group field, then counted element by element: {@code nested} → {@code filter} (the
 * elements' date range and filters) → the periods on the elements' date → the figures on the elements'
 * fields; so every count of a period is a count of elements. Only documents in the reader's scope are
 * counted (the scope filters the documents, so the groups too). Elasticsearch only counts and
 * sums; every ratio is computed in Java from these exact integers.
 */
@Component
class PeriodCounts {

    /** Terms bucket of documents without a value for the group field. */
    static final String NO_GROUP = "__none__";
    /** The document count, always present among the figures. */
    static final String COUNT = "count";
    private static final String GROUPS = "groups";
    private static final String PERIODS = "periods";
    /** The nested aggregation of a source of elements, and the filter of the counted elements under it. */
    private static final String ELEMENTS = "elements";
    private static final String MATCHING = "matching";
    /** Between a {@link Figure.ValueCounts} figure's name and a value in the figures of a period. */
    private static final String VALUE = "=";

    private final ElasticsearchAsyncClient client;
    private final MetricsProperties properties;

    PeriodCounts(ElasticsearchAsyncClient client, MetricsProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** Counts in group → period start → figure name → value; a missing period or group counted nothing. */
    record Counts(Map<String, Map<LocalDate, Map<String, Double>>> byGroup) {

        /** A map that takes the null group (no grouping), which {@code Map.of} would refuse even to look up. */
        Counts {
            byGroup = new LinkedHashMap<>(byGroup);
        }

        static Counts none() {
            return new Counts(new LinkedHashMap<>());
        }

        double get(String group, LocalDate period, String figure) {
            Map<LocalDate, Map<String, Double>> periods = byGroup.get(group);
            Map<String, Double> figures = periods == null ? null : periods.get(period);
            return figures == null ? 0 : figures.getOrDefault(figure, 0.0);
        }

        long count(String group, LocalDate period, String figure) {
            return Math.round(get(group, period, figure));
        }

        /** The sum of a {@link Figure.ValueCounts} figure's field: each value times its documents. */
        long sum(String group, LocalDate period, String figure) {
            long sum = 0;
            for (Map.Entry<Long, Long> value : values(group, period, figure).entrySet()) {
                sum += value.getKey() * value.getValue();
            }
            return sum;
        }

        /** The documents of a {@link Figure.ValueCounts} figure whose value is at least {@code min}. */
        long countAtLeast(String group, LocalDate period, String figure, long min) {
            long count = 0;
            for (Map.Entry<Long, Long> value : values(group, period, figure).entrySet()) {
                if (value.getKey() >= min) {
                    count += value.getValue();
                }
            }
            return count;
        }

        private Map<Long, Long> values(String group, LocalDate period, String figure) {
            Map<LocalDate, Map<String, Double>> periods = byGroup.get(group);
            Map<String, Double> figures = periods == null ? null : periods.get(period);
            Map<Long, Long> values = new HashMap<>();
            if (figures != null) {
                String prefix = figure + VALUE;
                figures.forEach((name, count) -> {
                    if (name.startsWith(prefix)) {
                        values.put(Long.parseLong(name.substring(prefix.length())), Math.round(count));
                    }
                });
            }
            return values;
        }
    }

    Mono<Counts> count(MetricSource source, MetricQuery query, Map<String, Figure> figures) {
        int maxGroups = Math.max(1, properties.maxBuckets() / Math.max(1, query.periods().size()));
        return Mono.fromFuture(() -> client.search(s -> s
                        .index(source.alias())
                        .size(0)
                        .query(filter(source, query))
                        .aggregations(query.groupBy() == null ? periodsName(source) : GROUPS,
                                query.groupBy() == null ? counted(source, query, figures)
                                        : groups(source, query, figures, maxGroups)),
                        Void.class))
                .map(response -> {
                    Map<String, Map<LocalDate, Map<String, Double>>> result = new LinkedHashMap<>();
                    if (query.groupBy() == null) {
                        result.put(null, periods(periodsIn(source, response.aggregations()), figures));
                        return new Counts(result);
                    }
                    StringTermsAggregate groups = response.aggregations().get(GROUPS).sterms();
                    List<StringTermsBucket> buckets = groups.buckets().array();
                    if (buckets.size() > maxGroups || (groups.sumOtherDocCount() != null && groups.sumOtherDocCount() > 0)) {
                        throw tooManyBuckets(query);
                    }
                    for (StringTermsBucket bucket : buckets) {
                        String key = bucket.key().stringValue();
                        result.put(NO_GROUP.equals(key) ? null : key,
                                periods(periodsIn(source, bucket.aggregations()), figures));
                    }
                    return new Counts(result);
                });
    }

    static org.springframework.web.ErrorResponseException tooManyBuckets(MetricQuery query) {
        return QueryProblems.invalidParameter("groupBy", "gives more than the allowed number of buckets"
                + " (periods × groups); narrow 'from'/'to' or add filters");
    }

    private static Query filter(MetricSource source, MetricQuery query) {
        return Query.of(q -> q.bool(b -> {
            if (source.nested()) {
                b.filter(f -> f.nested(n -> n.path(source.nestedPath()).query(elements(source, query))
                        .scoreMode(ChildScoreMode.None)));
            } else {
                b.filter(dateRange(source, query));
            }
            source.filters().forEach(b::filter);
            b.filter(source.scope(query.scope()));
            query.filters().forEach((dimension, value) -> {
                List<String> fields = source.filterFields(dimension);
                b.filter(f -> f.bool(any -> {
                    fields.forEach(field -> any.should(x -> x.term(t -> t.field(field).value(value))));
                    return any.minimumShouldMatch("1");
                }));
            });
            return b;
        }));
    }

    /** The source's date in the searched periods (the reported ones and the one before them). */
    private static Query dateRange(MetricSource source, MetricQuery query) {
        return Query.of(f -> f.range(r -> r.date(d -> d.field(source.dateField()).format("strict_date")
                .gte(query.fetchFrom().toString()).lt(query.to().toString()))));
    }

    /** The elements counted: their date in the searched periods, and the source's filters of elements. */
    private static Query elements(MetricSource source, MetricQuery query) {
        return Query.of(q -> q.bool(b -> {
            b.filter(dateRange(source, query));
            source.elementFilters().forEach(b::filter);
            return b;
        }));
    }

    private static Aggregation groups(MetricSource source, MetricQuery query, Map<String, Figure> figures,
                                      int maxGroups) {
        return Aggregation.of(a -> a
                .terms(t -> t.field(source.groupField(query.groupBy())).missing(FieldValue.of(NO_GROUP))
                        .size(maxGroups + 1))
                .aggregations(periodsName(source), counted(source, query, figures)));
    }

    private static String periodsName(MetricSource source) {
        return source.nested() ? ELEMENTS : PERIODS;
    }

    /** The periods of the documents, or of the matching elements of a nested source. */
    private static Aggregation counted(MetricSource source, MetricQuery query, Map<String, Figure> figures) {
        Aggregation periods = periods(source, query, figures);
        if (!source.nested()) {
            return periods;
        }
        return Aggregation.of(a -> a
                .nested(n -> n.path(source.nestedPath()))
                .aggregations(MATCHING, m -> m.filter(elements(source, query)).aggregations(PERIODS, periods)));
    }

    private static Aggregate periodsIn(MetricSource source, Map<String, Aggregate> aggregations) {
        if (!source.nested()) {
            return aggregations.get(PERIODS);
        }
        return aggregations.get(ELEMENTS).nested().aggregations().get(MATCHING).filter().aggregations().get(PERIODS);
    }

    private static Aggregation periods(MetricSource source, MetricQuery query, Map<String, Figure> figures) {
        Map<String, Aggregation> sub = new LinkedHashMap<>();
        figures.forEach((name, figure) -> sub.put(name, switch (figure) {
            case Figure.Matching m -> Aggregation.of(x -> x.filter(m.query()));
            case Figure.Sum s -> Aggregation.of(x -> x.sum(v -> v.field(s.field())));
            case Figure.ValueCounts v -> Aggregation.of(x -> x.terms(t -> t.field(v.field()).size(v.maxValues())));
        }));
        if (byMonthField(source, query)) {
            // the date range of the search admits the reported months and the one before them: all fit
            return Aggregation.of(a -> a
                    .terms(t -> t.field(source.monthField()).size(query.periods().size() + 2))
                    .aggregations(sub));
        }
        return Aggregation.of(a -> a
                .dateHistogram(h -> h.field(source.dateField()).calendarInterval(query.period().interval())
                        .format("yyyy-MM-dd").minDocCount(1))
                .aggregations(sub));
    }

    /**
     * Monthly counts of a source with a local-month keyword group on it: terms on ordinals nested under the
     * groups cost the node about half what a date histogram there costs, for the same buckets.
     */
    private static boolean byMonthField(MetricSource source, MetricQuery query) {
        return query.period() == MetricPeriod.MONTH && source.monthField() != null;
    }

    private static Map<LocalDate, Map<String, Double>> periods(Aggregate periodsAggregate, Map<String, Figure> figures) {
        Map<LocalDate, Map<String, Double>> periods = new HashMap<>();
        if (periodsAggregate.isSterms()) {
            StringTermsAggregate months = periodsAggregate.sterms();
            if (months.sumOtherDocCount() != null && months.sumOtherDocCount() > 0) {
                throw new IllegalStateException("months beyond the searched range: " + months.sumOtherDocCount());
            }
            for (StringTermsBucket bucket : months.buckets().array()) {
                periods.put(YearMonth.parse(bucket.key().stringValue()).atDay(1),
                        figures(bucket.docCount(), bucket.aggregations(), figures));
            }
            return periods;
        }
        for (DateHistogramBucket bucket : periodsAggregate.dateHistogram().buckets().array()) {
            periods.put(LocalDate.parse(bucket.keyAsString()), figures(bucket.docCount(), bucket.aggregations(), figures));
        }
        return periods;
    }

    private static Map<String, Double> figures(long docCount, Map<String, Aggregate> aggregations,
                                               Map<String, Figure> figures) {
        Map<String, Double> values = new HashMap<>();
        values.put(COUNT, (double) docCount);
        figures.forEach((name, figure) -> {
            Aggregate aggregate = aggregations.get(name);
            switch (figure) {
                case Figure.Matching m -> values.put(name, (double) aggregate.filter().docCount());
                case Figure.Sum s -> values.put(name, aggregate.sum().value() == null ? 0.0 : aggregate.sum().value());
                case Figure.ValueCounts v -> {
                    var counted = aggregate.lterms();
                    if (counted.sumOtherDocCount() != null && counted.sumOtherDocCount() > 0) {
                        throw new IllegalStateException("more than " + v.maxValues() + " values of " + v.field());
                    }
                    counted.buckets().array().forEach(b -> values.put(name + VALUE + b.key(), (double) b.docCount()));
                }
            }
        });
        return values;
    }
}
