package com.serviceledger.query.history;

import static com.serviceledger.query.view.ViewSearch.between;
import static com.serviceledger.query.view.ViewSearch.term;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.serviceledger.query.view.ViewPage;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Searches the event history without blocking, newest first (an aggregate's later event first on a tie). */
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

    Mono<ViewPage<Map<String, Object>>> search(HistoryCriteria c) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
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
