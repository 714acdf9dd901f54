package com.serviceledger.query.scoring;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * Reads scorecards without blocking: by id, and filtered by subsidiary, department, staff member, month
 * and the worst/star flags, newest month first. A bad parameter is a 400 naming it.
 */
@Component
class ScorecardSearch {

    /** Elasticsearch's default {@code index.max_result_window}. */
    private static final int MAX_WINDOW = 10_000;

    private final ElasticsearchAsyncClient client;
    private final ScorecardViews.Index index;
    private final QueryApiProperties api;

    ScorecardSearch(ElasticsearchAsyncClient client, ScorecardViews.Index index, QueryApiProperties api) {
        this.client = client;
        this.index = index;
        this.api = api;
    }

    Mono<ScorecardView> byId(String id) {
        return Mono.fromFuture(() -> client.get(g -> g.index(index.alias()).id(id), ScorecardView.class))
                .flatMap(response -> Mono.justOrEmpty(response.found() ? response.source() : null));
    }

    Mono<ScorecardPage> search(MultiValueMap<String, String> params) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "subsidiaryId", params.getFirst("subsidiary"));
        term(bool, "departmentId", params.getFirst("department"));
        term(bool, "staffId", params.getFirst("staff"));
        String month = QueryParameters.text(params.getFirst("month"));
        if (month != null) {
            term(bool, "month", QueryParameters.month("month", month).toString());
        }
        flag(bool, "worstService", params.getFirst("worst"), "worst");
        flag(bool, "serviceStar", params.getFirst("star"), "star");
        int size = QueryParameters.integer("size", params.getFirst("size"), api.defaultPageSize(), 1,
                api.maxPageSize());
        int page = QueryParameters.integer("page", params.getFirst("page"), 0, 0, MAX_WINDOW / size - 1);
        var query = bool.build()._toQuery();
        return Mono.fromFuture(() -> client.search(s -> s.index(index.alias()).query(query)
                                .from(page * size).size(size).trackTotalHits(t -> t.enabled(true))
                                .sort(o -> o.field(f -> f.field("month").order(SortOrder.Desc)))
                                .sort(o -> o.field(f -> f.field("scorecardId").order(SortOrder.Asc))),
                        ScorecardView.class))
                .map(response -> new ScorecardPage(
                        response.hits().total() == null ? 0 : response.hits().total().value(), page, size,
                        response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList()));
    }

    private static void term(BoolQuery.Builder bool, String field, String raw) {
        String value = QueryParameters.text(raw);
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }

    private static void flag(BoolQuery.Builder bool, String field, String raw, String name) {
        String value = QueryParameters.text(raw);
        if (value == null) {
            return;
        }
        boolean flag = switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw QueryProblems.invalidParameter(name, "must be true or false");
        };
        bool.filter(f -> f.term(t -> t.field(field).value(flag)));
    }
}
