package com.serviceledger.query.history;

import com.serviceledger.query.privacy.CustomerCards;
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
 * &departmentId=&principal=&correlationId=&from=&to=&q=&page=&size=}, newest first. The customer's personal data
 * is stripped from the documents ({@link PersonalData}); what is sealed in free text shows masked, read at answer time.
 */
@RestController
class HistoryQueryController {

    private final HistorySearch search;
    private final QueryApiProperties api;
    private final CustomerCards customers;

    HistoryQueryController(HistorySearch search, QueryApiProperties api, CustomerCards customers) {
        this.search = search;
        this.api = api;
        this.customers = customers;
    }

    @GetMapping("/api/history")
    Mono<ViewPage<Map<String, Object>>> history(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> search.search(HistoryCriteria.parse(params, api))).flatMap(customers::documents);
    }
}
