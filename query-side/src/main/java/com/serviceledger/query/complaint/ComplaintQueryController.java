package com.serviceledger.query.complaint;

import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryProblems;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The complaint view over HTTP: one case, or a search. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintQueryController {

    private final ComplaintSearch search;
    private final QueryApiProperties api;

    ComplaintQueryController(ComplaintSearch search, QueryApiProperties api) {
        this.search = search;
        this.api = api;
    }

    @GetMapping("/{complaintId}")
    Mono<ComplaintView> complaint(@PathVariable String complaintId) {
        return search.byId(complaintId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("complaint", complaintId)));
    }

    @GetMapping
    Mono<ViewPage<ComplaintView>> search(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> search.search(ComplaintSearchCriteria.parse(params, api)));
    }
}
