package com.serviceledger.query.metrics;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Totals over views that already carry their local month as text ({@code month: 2026-03}: inspections,
 * scorecards): one search, a range on the month (yyyy-MM sorts as text in month order), the reader's scope and the
 * figures.
 */
@Component
class MonthTotals {

    private final ElasticsearchAsyncClient client;

    MonthTotals(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    /**
     * @param inScope the documents of the reader's scope ({@link com.serviceledger.query.security.ReadScope#filter})
     * @return figure name → value, plus {@link PeriodCounts#COUNT}
     */
    Mono<Map<String, Double>> totals(String alias, Map<String, String> terms, Query inScope, YearMonth from,
                                     YearMonth toExclusive, Map<String, Figure> figures) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        figures.forEach((name, figure) -> aggregations.put(name, switch (figure) {
            case Figure.Matching m -> Aggregation.of(a -> a.filter(m.query()));
            case Figure.Sum s -> Aggregation.of(a -> a.sum(v -> v.field(s.field())));
            case Figure.ValueCounts v -> throw new IllegalArgumentException("value counts are counted per period only");
        }));
        return Mono.fromFuture(() -> client.search(s -> s
                        .index(alias)
                        .size(0)
                        .trackTotalHits(t -> t.enabled(true))
                        .query(Query.of(q -> q.bool(b -> {
                            b.filter(f -> f.range(r -> r.term(t -> t.field("month").gte(from.toString())
                                    .lt(toExclusive.toString()))));
                            terms.forEach((field, value) -> b.filter(f -> f.term(t -> t.field(field).value(value))));
                            b.filter(inScope);
                            return b;
                        })))
                        .aggregations(aggregations),
                Void.class))
                .map(response -> {
                    Map<String, Double> values = new LinkedHashMap<>();
                    values.put(PeriodCounts.COUNT, (double) response.hits().total().value());
                    figures.forEach((name, figure) -> {
                        Aggregate aggregate = response.aggregations().get(name);
                        values.put(name, switch (figure) {
                            case Figure.Matching m -> (double) aggregate.filter().docCount();
                            case Figure.Sum s -> aggregate.sum().value() == null ? 0.0 : aggregate.sum().value();
                            case Figure.ValueCounts v -> throw new IllegalStateException("not asked for");
                        });
                    });
                    return values;
                });
    }
}
