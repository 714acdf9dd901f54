package com.serviceledger.query.improvement;

import static com.serviceledger.query.view.ViewSearch.between;
import static com.serviceledger.query.view.ViewSearch.flag;
import static com.serviceledger.query.view.ViewSearch.term;
import static com.serviceledger.query.web.QueryParameters.enumValue;
import static com.serviceledger.query.web.QueryParameters.text;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import com.serviceledger.kernel.improvement.CauseKind;
import com.serviceledger.kernel.improvement.ImprovementStatus;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.view.ViewSearch;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import com.serviceledger.query.web.SearchWindow;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Improvement actions over HTTP, within the reader's scope: one by id, or a search by {@code subsidiary},
 * {@code department}, {@code status}, {@code cause} (its kind), {@code causeReference}, {@code owner},
 * {@code overdue} (open past its due date now), {@code from}/{@code to} (raised), {@code page}, {@code size}.
 */
@RestController
class ImprovementQueryController {

    private final ViewSearch<ImprovementActionView> actions;
    private final QueryApiProperties api;

    ImprovementQueryController(ViewSearch<ImprovementActionView> actions, QueryApiProperties api) {
        this.actions = actions;
        this.api = api;
    }

    @GetMapping("/api/improvement-actions/{actionId}")
    Mono<ImprovementActionView> action(@PathVariable String actionId) {
        return actions.byId(actionId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("improvement action", actionId)));
    }

    @GetMapping("/api/improvement-actions")
    Mono<ViewPage<ImprovementActionView>> actions(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> {
            SearchWindow window = SearchWindow.parse(params, api);
            BoolQuery.Builder bool = new BoolQuery.Builder();
            term(bool, "subsidiaryId", text(params.getFirst("subsidiary")));
            term(bool, "departmentId", text(params.getFirst("department")));
            term(bool, "status", enumValue("status", params.getFirst("status"), ImprovementStatus.class));
            term(bool, "causeKind", enumValue("cause", params.getFirst("cause"), CauseKind.class));
            term(bool, "causeReference", text(params.getFirst("causeReference")));
            term(bool, "ownerId", text(params.getFirst("owner")));
            flag(bool, "overdue", QueryParameters.flag("overdue", params.getFirst("overdue")));
            between(bool, "raisedAt", window.from(), window.to());
            return actions.search(bool, window.page(), window.size());
        });
    }
}
