package com.serviceledger.query.servicerequest;

import static com.serviceledger.query.web.QueryParameters.enumValue;
import static com.serviceledger.query.web.QueryParameters.instantOrDate;
import static com.serviceledger.query.web.QueryParameters.integer;
import static com.serviceledger.query.web.QueryParameters.text;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServiceRequestStatus;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryProblems;
import java.time.Instant;
import org.springframework.util.MultiValueMap;

/** A validated service request search: filters on the view, a received-at window [from, to), a page. */
record ServiceRequestSearchCriteria(String subsidiary, String department, String post, ServiceCategory category,
                                    Channel channel, ServiceRequestStatus status, Instant from, Instant to,
                                    String fullText, int page, int size) {

    /** Elasticsearch's default {@code index.max_result_window}. */
    private static final int MAX_WINDOW = 10_000;

    static ServiceRequestSearchCriteria parse(MultiValueMap<String, String> params, QueryApiProperties api) {
        Instant from = instantOrDate("from", params.getFirst("from"), api.dateZone(), false);
        Instant to = instantOrDate("to", params.getFirst("to"), api.dateZone(), true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw QueryProblems.invalidParameter("from", "must be before 'to'");
        }
        int size = integer("size", params.getFirst("size"), api.defaultPageSize(), 1, api.maxPageSize());
        int page = integer("page", params.getFirst("page"), 0, 0, MAX_WINDOW / size - 1);
        return new ServiceRequestSearchCriteria(
                text(params.getFirst("subsidiary")),
                text(params.getFirst("department")),
                text(params.getFirst("post")),
                enumValue("category", params.getFirst("category"), ServiceCategory.class),
                enumValue("channel", params.getFirst("channel"), Channel.class),
                enumValue("status", params.getFirst("status"), ServiceRequestStatus.class),
                from, to,
                text(params.getFirst("q")),
                page, size);
    }
}
