package com.serviceledger.query.inspection;

import static com.serviceledger.query.web.QueryParameters.instantOrDate;
import static com.serviceledger.query.web.QueryParameters.integer;
import static com.serviceledger.query.web.QueryParameters.text;

import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import java.time.Instant;
import java.util.Locale;
import org.springframework.util.MultiValueMap;

/**
 * The parameters every inspection search shares, read so that a bad value is a 400 problem naming
 * its parameter: a time window [from, to), a month or month range, and the page.
 */
record SearchParameters(Instant from, Instant to, String monthFrom, String monthTo, int page, int size) {

    /** Elasticsearch's default {@code index.max_result_window}. */
    private static final int MAX_WINDOW = 10_000;

    static SearchParameters parse(MultiValueMap<String, String> params, QueryApiProperties api) {
        Instant from = instantOrDate("from", params.getFirst("from"), api.dateZone(), false);
        Instant to = instantOrDate("to", params.getFirst("to"), api.dateZone(), true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw QueryProblems.invalidParameter("from", "must be before 'to'");
        }
        String month = optionalMonth("month", params.getFirst("month"));
        String monthFrom = month != null ? month : optionalMonth("monthFrom", params.getFirst("monthFrom"));
        String monthTo = month != null ? month : optionalMonth("monthTo", params.getFirst("monthTo"));
        if (monthFrom != null && monthTo != null && monthFrom.compareTo(monthTo) > 0) {
            throw QueryProblems.invalidParameter("monthFrom", "must not be after 'monthTo'");
        }
        int size = integer("size", params.getFirst("size"), api.defaultPageSize(), 1, api.maxPageSize());
        int page = integer("page", params.getFirst("page"), 0, 0, MAX_WINDOW / size - 1);
        return new SearchParameters(from, to, monthFrom, monthTo, page, size);
    }

    static String optionalMonth(String name, String raw) {
        return text(raw) == null ? null : QueryParameters.month(name, raw).toString();
    }

    static Boolean optionalFlag(String name, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw QueryProblems.invalidParameter(name, "must be true or false");
        };
    }
}
