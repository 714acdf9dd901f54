package com.serviceledger.query.servicerequest;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.Objects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads the service request view without blocking: by id, and by filters plus full text. */
@Component
class ServiceRequestSearch {

    private final ElasticsearchAsyncClient client;
    private final ServiceRequestIndex index;

    ServiceRequestSearch(ElasticsearchAsyncClient client, ServiceRequestIndex index) {
        this.client = client;
        this.index = index;
    }

    Mono<ServiceRequestView> byId(String requestId) {
        return Mono.fromFuture(() -> client.get(g -> g.index(index.alias()).id(requestId), ServiceRequestView.class))
                .flatMap(response -> Mono.justOrEmpty(response.found() ? response.source() : null));
    }

    Mono<ServiceRequestPage> search(ServiceRequestSearchCriteria criteria) {
        return Mono.fromFuture(() -> client.search(s -> s
                                .index(index.alias())
                                .query(query(criteria))
                                .from(criteria.page() * criteria.size())
                                .size(criteria.size())
                                .trackTotalHits(t -> t.enabled(true))
                                .sort(o -> o.field(f -> f.field("receivedAt").order(SortOrder.Desc)))
                                .sort(o -> o.field(f -> f.field("requestId").order(SortOrder.Asc))),
                        ServiceRequestView.class))
                .map(response -> new ServiceRequestPage(
                        response.hits().total() == null ? 0 : response.hits().total().value(),
                        criteria.page(), criteria.size(),
                        response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList()));
    }

    private static Query query(ServiceRequestSearchCriteria c) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "subsidiaryId", c.subsidiary());
        term(bool, "departmentId", c.department());
        term(bool, "postId", c.post());
        term(bool, "category", c.category() == null ? null : c.category().name());
        term(bool, "channel", c.channel() == null ? null : c.channel().name());
        term(bool, "status", c.status() == null ? null : c.status().name());
        if (c.from() != null || c.to() != null) {
            bool.filter(f -> f.range(r -> r.date(d -> {
                d.field("receivedAt");
                if (c.from() != null) {
                    d.gte(c.from().toString());
                }
                if (c.to() != null) {
                    d.lt(c.to().toString());
                }
                return d;
            })));
        }
        if (c.fullText() != null) {
            bool.must(m -> m.multiMatch(mm -> mm.query(c.fullText()).fields("description", "goal")
                    .operator(Operator.And)));
        }
        return bool.build()._toQuery();
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(value)));
        }
    }
}
