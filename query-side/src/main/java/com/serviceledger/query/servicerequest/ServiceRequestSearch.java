package com.serviceledger.query.servicerequest;

import static com.serviceledger.query.view.ViewSearch.between;
import static com.serviceledger.query.view.ViewSearch.noneOf;
import static com.serviceledger.query.view.ViewSearch.term;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.view.ViewSearch;
import com.serviceledger.query.view.ViewUnit;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads the service request view without blocking: by id, and by filters plus full text, newest first. */
@Component
class ServiceRequestSearch {

    private final ViewSearch<ServiceRequestView> views;

    ServiceRequestSearch(ElasticsearchAsyncClient client, ServiceRequestIndex index) {
        this.views = new ViewSearch<>(client, index, ServiceRequestView.class, "receivedAt", "requestId",
                ViewUnit.of("subsidiaryId", ServiceRequestView::subsidiaryId, "departmentId",
                        ServiceRequestView::departmentId));
    }

    Mono<ServiceRequestView> byId(String requestId) {
        return views.byId(requestId);
    }

    /** Requests not finished, oldest first, within the reader's scope as every search; null filters are left out. */
    Mono<ViewPage<ServiceRequestView>> open(String subsidiary, String department, String assignee, int size) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "subsidiaryId", subsidiary);
        term(bool, "departmentId", department);
        term(bool, "assigneeId", assignee);
        noneOf(bool, "status", OpenServiceRequests.FINISHED);
        return views.search(bool, 0, size, SortOrder.Asc);
    }

    Mono<ViewPage<ServiceRequestView>> search(ServiceRequestSearchCriteria c) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "subsidiaryId", c.subsidiary());
        term(bool, "departmentId", c.department());
        term(bool, "postId", c.post());
        term(bool, "category", c.category());
        term(bool, "channel", c.channel());
        term(bool, "status", c.status());
        between(bool, "receivedAt", c.window().from(), c.window().to());
        if (c.fullText() != null) {
            bool.must(m -> m.multiMatch(mm -> mm.query(c.fullText()).fields("description", "goal")
                    .operator(Operator.And)));
        }
        return views.search(bool, c.window().page(), c.window().size());
    }
}
