package com.serviceledger.query.history;

import static com.serviceledger.query.view.ViewSearch.between;
import static com.serviceledger.query.view.ViewSearch.term;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.QueryProblems;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Searches the event history without blocking, newest first (an aggregate's later event first on a tie), within
 * a scope: each event is filed under its aggregate's unit as of that event ({@link UnitTracker}), so an event is
 * found when the scope covers that unit; one without a unit only with group scope.
 */
@Component
class HistorySearch {

    @SuppressWarnings("unchecked")
    private static final Class<Map<String, Object>> DOCUMENT = (Class<Map<String, Object>>) (Class<?>) Map.class;

    private final ElasticsearchAsyncClient client;
    private final HistoryStream stream;

    HistorySearch(ElasticsearchAsyncClient client, HistoryStream stream) {
        this.client = client;
        this.stream = stream;
    }

    /** Asking for one case that has no event within the scope is a 404, as for a case that does not exist. */
    Mono<ViewPage<Map<String, Object>>> search(HistoryCriteria c, Scope scope) {
        Query inScope = ReadScope.filter(scope, "unit.subsidiaryId", "unit.departmentId");
        return page(c, inScope).flatMap(page -> page.total() > 0 || c.aggregateId() == null ? Mono.just(page)
                : caseVisible(c.aggregateId(), inScope).flatMap(visible -> visible ? Mono.just(page)
                        : Mono.error(QueryProblems.notFound("case", c.aggregateId()))));
    }

    private Mono<Boolean> caseVisible(String aggregateId, Query inScope) {
        return Mono.fromFuture(() -> client.count(n -> n
                        .index(stream.name())
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("aggregate.id").value(aggregateId)))
                                .filter(inScope)))))
                .map(count -> count.count() > 0);
    }

    private Mono<ViewPage<Map<String, Object>>> page(HistoryCriteria c, Query inScope) {
        BoolQuery.Builder bool = new BoolQuery.Builder().filter(inScope);
        term(bool, "event.type", c.eventType());
        term(bool, "aggregate.type", c.aggregateType());
        term(bool, "aggregate.id", c.aggregateId());
        term(bool, "unit.subsidiaryId", c.subsidiaryId());
        term(bool, "unit.departmentId", c.departmentId());
        term(bool, "principal", c.principal());
        term(bool, "correlationId", c.correlationId());
        between(bool, "@timestamp", c.window().from(), c.window().to());
        if (c.fullText() != null) {
            bool.must(m -> m.match(t -> t.field("text").query(c.fullText()).operator(Operator.And)));
        }
        Query query = bool.build()._toQuery();
        int page = c.window().page();
        int size = c.window().size();
        return Mono.fromFuture(() -> client.search(s -> s
                                .index(stream.name())
                                .ignoreUnavailable(true)
                                .allowNoIndices(true)
                                .query(query)
                                .from(page * size)
                                .size(size)
                                .trackTotalHits(t -> t.enabled(true))
                                .sort(o -> o.field(f -> f.field("@timestamp").order(SortOrder.Desc)))
                                .sort(o -> o.field(f -> f.field("aggregate.sequence").order(SortOrder.Desc)))
                                .sort(o -> o.field(f -> f.field("event.id").order(SortOrder.Asc))),
                        DOCUMENT))
                .map(response -> new ViewPage<>(
                        response.hits().total() == null ? 0 : response.hits().total().value(), page, size,
                        response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList()));
    }
}
