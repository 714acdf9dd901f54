package com.serviceledger.query.scoring;

import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.QueryProblems;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff scorecards: one by id ({@code SC:<staffId>:<yyyy-MM>}), and search. */
@RestController
class ScorecardQueryController {

    private final ScorecardSearch search;

    ScorecardQueryController(ScorecardSearch search) {
        this.search = search;
    }

    @GetMapping("/api/scorecards/{scorecardId}")
    Mono<ScorecardView> scorecard(@PathVariable String scorecardId) {
        return search.byId(scorecardId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("scorecard", scorecardId)));
    }

    @GetMapping("/api/scorecards")
    Mono<ViewPage<ScorecardView>> scorecards(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> search.search(params));
    }
}
