package com.serviceledger.query.history;

import com.serviceledger.platform.security.Scope;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.query.privacy.CustomerCards;
import com.serviceledger.query.security.QueryAccessRules;
import com.serviceledger.query.security.ReadScope;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryProblems;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The event history over HTTP: {@code GET /api/history?type=&aggregateType=&aggregateId=&subsidiaryId=
 * &departmentId=&principal=&correlationId=&from=&to=&q=&page=&size=}, newest first, within the caller's scope
 * (a unit filter outside it is a 403 naming it; a case outside it, like an unknown one, a 404). A caller who
 * may not read case text ({@link QueryAccessRules#readsCaseText}) gets it redacted and cannot search it. The
 * customer's personal data is stripped from the documents ({@link PersonalData}); what is sealed in free text
 * shows masked, read at answer time.
 */
@RestController
class HistoryQueryController {

    private final HistorySearch search;
    private final CaseTextRedaction redaction;
    private final QueryApiProperties api;
    private final CustomerCards customers;

    HistoryQueryController(HistorySearch search, CaseTextRedaction redaction, QueryApiProperties api,
                           CustomerCards customers) {
        this.search = search;
        this.redaction = redaction;
        this.api = api;
        this.customers = customers;
    }

    @GetMapping("/api/history")
    Mono<ViewPage<Map<String, Object>>> history(@RequestParam MultiValueMap<String, String> params) {
        Mono<Boolean> readsCaseText = StaffUser.current().map(QueryAccessRules::readsCaseText).defaultIfEmpty(false);
        return Mono.zip(ReadScope.current(), readsCaseText)
                .flatMap(reader -> history(HistoryCriteria.parse(params, api), reader.getT1(), reader.getT2()));
    }

    private Mono<ViewPage<Map<String, Object>>> history(HistoryCriteria criteria, Scope scope, boolean readsCaseText) {
        ReadScope.requireWithin(scope, "subsidiaryId", criteria.subsidiaryId(), "departmentId",
                criteria.departmentId());
        if (readsCaseText) {
            return search.search(criteria, scope).flatMap(customers::documents);
        }
        if (criteria.fullText() != null) {
            // matches would tell what the redacted text says
            throw QueryProblems.forbiddenParameter("q", "searches case text, which your roles do not read");
        }
        return search.search(criteria, scope).map(page -> new ViewPage<>(page.total(), page.page(), page.size(),
                page.items().stream().map(redaction::redact).toList()));
    }
}
