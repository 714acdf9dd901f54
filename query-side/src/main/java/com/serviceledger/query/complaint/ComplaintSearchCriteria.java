package com.serviceledger.query.complaint;

import static com.serviceledger.query.web.QueryParameters.enumValue;
import static com.serviceledger.query.web.QueryParameters.instantOrDate;
import static com.serviceledger.query.web.QueryParameters.integer;
import static com.serviceledger.query.web.QueryParameters.text;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.complaint.ComplaintStatus;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryProblems;
import java.time.Instant;
import org.springframework.util.MultiValueMap;

/** A validated complaint search: filters on the view, a received-at window [from, to), a page. */
record ComplaintSearchCriteria(String subsidiary, String department, String post, String staff, Channel channel,
                               ComplaintStatus status, Urgency urgency, Instant from, Instant to, String fullText,
                               int page, int size) {

    /** Elasticsearch's default {@code index.max_result_window}. */
    private static final int MAX_WINDOW = 10_000;

    static ComplaintSearchCriteria parse(MultiValueMap<String, String> params, QueryApiProperties api) {
        Instant from = instantOrDate("from", params.getFirst("from"), api.dateZone(), false);
        Instant to = instantOrDate("to", params.getFirst("to"), api.dateZone(), true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw QueryProblems.invalidParameter("from", "must be before 'to'");
        }
        int size = integer("size", params.getFirst("size"), api.defaultPageSize(), 1, api.maxPageSize());
        int page = integer("page", params.getFirst("page"), 0, 0, MAX_WINDOW / size - 1);
        return new ComplaintSearchCriteria(
                text(params.getFirst("subsidiary")),
                text(params.getFirst("department")),
                text(params.getFirst("post")),
                text(params.getFirst("staff")),
                enumValue("channel", params.getFirst("channel"), Channel.class),
                enumValue("status", params.getFirst("status"), ComplaintStatus.class),
                enumValue("urgency", params.getFirst("urgency"), Urgency.class),
                from, to,
                text(params.getFirst("q")),
                page, size);
    }
}
