package com.serviceledger.query.inspection;

import static com.serviceledger.query.web.QueryParameters.text;

import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import com.serviceledger.query.web.SearchWindow;
import java.time.Instant;
import org.springframework.util.MultiValueMap;

/**
 * The parameters every inspection search shares, read so that a bad value is a 400 problem naming
 * its parameter: a time window [from, to), a month or month range, and the page.
 */
record SearchParameters(Instant from, Instant to, String monthFrom, String monthTo, int page, int size) {

    static SearchParameters parse(MultiValueMap<String, String> params, QueryApiProperties api) {
        SearchWindow window = SearchWindow.parse(params, api);
        String month = optionalMonth("month", params.getFirst("month"));
        String monthFrom = month != null ? month : optionalMonth("monthFrom", params.getFirst("monthFrom"));
        String monthTo = month != null ? month : optionalMonth("monthTo", params.getFirst("monthTo"));
        if (monthFrom != null && monthTo != null && monthFrom.compareTo(monthTo) > 0) {
            throw QueryProblems.invalidParameter("monthFrom", "must not be after 'monthTo'");
        }
        return new SearchParameters(window.from(), window.to(), monthFrom, monthTo, window.page(), window.size());
    }

    static String optionalMonth(String name, String raw) {
        return text(raw) == null ? null : QueryParameters.month(name, raw).toString();
    }

}
