package com.serviceledger.query.history;

import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.QueryApiProperties;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The event history over HTTP: {@code GET /api/history?type=&aggregateType=&aggregateId=&subsidiaryId=
 * &departmentId=&principal=&correlationId=&from=&to=&q=&page=&size=}, newest first.
 */
@RestController
class HistoryQueryController {

    private final HistorySearch search;
    private final QueryApiProperties api;

    HistoryQueryController(HistorySearch search, QueryApiProperties api) {
        this.search = search;
        this.api = api;
    }

    @GetMapping("/api/history")
    Mono<ViewPage<Map<String, Object>>> history(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> search.search(HistoryCriteria.parse(params, api)));
    }
}
