package com.serviceledger.query.web;

import static com.serviceledger.query.web.QueryParameters.instantOrDate;
import static com.serviceledger.query.web.QueryParameters.integer;

import java.time.Instant;
import org.springframework.util.MultiValueMap;

/**
 * The part every search request shares: a time window [from, to) (either end open; a plain date means
 * the whole day in {@code date-zone}) and the page. A bad value is a 400 problem naming its parameter.
 */
public record SearchWindow(Instant from, Instant to, int page, int size) {

    /** Elasticsearch's default {@code index.max_result_window}: pages beyond it cannot be read. */
    private static final int MAX_WINDOW = 10_000;

    public static SearchWindow parse(MultiValueMap<String, String> params, QueryApiProperties api) {
        Instant from = instantOrDate("from", params.getFirst("from"), api.dateZone(), false);
        Instant to = instantOrDate("to", params.getFirst("to"), api.dateZone(), true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw QueryProblems.invalidParameter("from", "must be before 'to'");
        }
        SearchWindow paging = page(params, api);
        return new SearchWindow(from, to, paging.page(), paging.size());
    }

    /** Only the page, for searches without a time window. */
    public static SearchWindow page(MultiValueMap<String, String> params, QueryApiProperties api) {
        int size = integer("size", params.getFirst("size"), api.defaultPageSize(), 1, api.maxPageSize());
        int page = integer("page", params.getFirst("page"), 0, 0, MAX_WINDOW / size - 1);
        return new SearchWindow(null, null, page, size);
    }
}
