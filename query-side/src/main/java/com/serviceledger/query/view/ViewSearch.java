package com.serviceledger.query.view;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.serviceledger.query.security.ReadScope;
import co.elastic.clients.elasticsearch._types.FieldValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Reads one kind of view without blocking: by id, and by filters, newest first (ties by id, so pages
 * are stable), both within the reader's scope ({@link ScopedUnit}). The static helpers build the filters.
 */
public class ViewSearch<V> extends ViewReader<V> {

    private final ElasticsearchAsyncClient client;
    private final ViewIndex index;
    private final Class<V> type;
    private final String timeField;
    private final String idField;
    private final ScopedUnit<V> unit;

    public ViewSearch(ElasticsearchAsyncClient client, ViewIndex index, Class<V> type, String timeField,
                      String idField, ScopedUnit<V> unit) {
        super(client, index, type, unit);
        this.client = client;
        this.index = index;
        this.type = type;
        this.timeField = timeField;
        this.idField = idField;
        this.unit = unit;
    }

    public Mono<ViewPage<V>> search(BoolQuery.Builder filters, int page, int size) {
        return search(filters, page, size, SortOrder.Desc);
    }

    /** @param order by the time field; oldest first where the longest waiting matter most (the SLA board) */
    public Mono<ViewPage<V>> search(BoolQuery.Builder filters, int page, int size, SortOrder order) {
        Query asked = filters.build()._toQuery();
        return ReadScope.current().flatMap(scope -> search(Query.of(q -> q.bool(b -> b.filter(asked,
                unit.filter(scope)))), page, size, order));
    }

    private Mono<ViewPage<V>> search(Query query, int page, int size, SortOrder order) {
        return Mono.fromFuture(() -> client.search(s -> s
                                .index(index.alias())
                                .query(query)
                                .from(page * size)
                                .size(size)
                                .trackTotalHits(t -> t.enabled(true))
                                .sort(o -> o.field(f -> f.field(timeField).order(order)))
                                .sort(o -> o.field(f -> f.field(idField).order(SortOrder.Asc))),
                        type))
                .map(response -> new ViewPage<>(
                        response.hits().total() == null ? 0 : response.hits().total().value(), page, size,
                        response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList()));
    }

    public static void term(BoolQuery.Builder bool, String field, Object value) {
        if (value != null) {
            String text = value instanceof Enum<?> e ? e.name() : value.toString();
            bool.filter(f -> f.term(t -> t.field(field).value(text)));
        }
    }

    /** None of these values (e.g. the closed statuses). */
    public static void noneOf(BoolQuery.Builder bool, String field, java.util.Collection<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            List<FieldValue> names = values.stream().map(value -> FieldValue.of(value.name())).toList();
            bool.mustNot(n -> n.terms(t -> t.field(field).terms(v -> v.value(names))));
        }
    }

    public static void flag(BoolQuery.Builder bool, String field, Boolean value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }

    /** [from, to) on a date field; either end may be open. */
    public static void between(BoolQuery.Builder bool, String field, Instant from, Instant to) {
        if (from == null && to == null) {
            return;
        }
        bool.filter(f -> f.range(r -> r.date(d -> {
            d.field(field);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lt(to.toString());
            }
            return d;
        })));
    }

    /** [from, to] on a month keyword ({@code yyyy-MM} sorts as text). */
    public static void months(BoolQuery.Builder bool, String field, String from, String to) {
        if (from == null && to == null) {
            return;
        }
        bool.filter(f -> f.range(r -> r.term(t -> {
            t.field(field);
            if (from != null) {
                t.gte(from);
            }
            if (to != null) {
                t.lte(to);
            }
            return t;
        })));
    }
}
