package com.serviceledger.query.history;

import static com.serviceledger.query.web.QueryParameters.text;

import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.SearchWindow;
import org.springframework.util.MultiValueMap;

/**
 * A history search as asked over HTTP: exact filters, an event-time window [from, to), full text and
 * the page. Bad values become 400 problems naming the parameter.
 */
record HistoryCriteria(String eventType, String aggregateType, String aggregateId, String subsidiaryId,
                       String departmentId, String principal, String correlationId, String fullText,
                       SearchWindow window) {

    static HistoryCriteria parse(MultiValueMap<String, String> params, QueryApiProperties api) {
        return new HistoryCriteria(text(params.getFirst("type")), text(params.getFirst("aggregateType")),
                text(params.getFirst("aggregateId")), text(params.getFirst("subsidiaryId")),
                text(params.getFirst("departmentId")), text(params.getFirst("principal")),
                text(params.getFirst("correlationId")), text(params.getFirst("q")), SearchWindow.parse(params, api));
    }
}
