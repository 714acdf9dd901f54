package com.serviceledger.query.scoring;

import static com.serviceledger.query.view.ViewSearch.flag;
import static com.serviceledger.query.view.ViewSearch.term;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.view.ViewSearch;
import com.serviceledger.query.view.ViewUnit;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.SearchWindow;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * Reads scorecards without blocking: by id, and filtered by subsidiary, department, staff member, month
 * and the worst/star/warned/corrected flags, newest month first. A bad parameter is a 400 naming it.
 */
@Component
class ScorecardSearch {

    private final ViewSearch<ScorecardView> views;
    private final QueryApiProperties api;

    ScorecardSearch(ElasticsearchAsyncClient client, ScorecardViews.Index index, QueryApiProperties api) {
        this.views = new ViewSearch<>(client, index, ScorecardView.class, "month", "scorecardId",
                ViewUnit.of("subsidiaryId", ScorecardView::subsidiaryId, "departmentId", ScorecardView::departmentId));
        this.api = api;
    }

    Mono<ScorecardView> byId(String id) {
        return views.byId(id);
    }

    Mono<ViewPage<ScorecardView>> search(MultiValueMap<String, String> params) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        term(bool, "subsidiaryId", QueryParameters.text(params.getFirst("subsidiary")));
        term(bool, "departmentId", QueryParameters.text(params.getFirst("department")));
        term(bool, "staffId", QueryParameters.text(params.getFirst("staff")));
        String month = QueryParameters.text(params.getFirst("month"));
        if (month != null) {
            term(bool, "month", QueryParameters.month("month", month).toString());
        }
        flag(bool, "worstService", QueryParameters.flag("worst", params.getFirst("worst")));
        flag(bool, "serviceStar", QueryParameters.flag("star", params.getFirst("star")));
        flag(bool, "warned", QueryParameters.flag("warned", params.getFirst("warned")));
        flag(bool, "corrected", QueryParameters.flag("corrected", params.getFirst("corrected")));
        SearchWindow window = SearchWindow.page(params, api);
        return views.search(bool, window.page(), window.size());
    }
}
