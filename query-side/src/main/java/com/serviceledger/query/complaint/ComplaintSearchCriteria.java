package com.serviceledger.query.complaint;

import static com.serviceledger.query.web.QueryParameters.enumValue;
import static com.serviceledger.query.web.QueryParameters.text;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.complaint.ComplaintStatus;
import com.serviceledger.kernel.complaint.Urgency;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.SearchWindow;
import org.springframework.util.MultiValueMap;

/**
 * A validated complaint search: filters on the view, a received-at window [from, to), a page; complainingDepartment
 * keeps the department complaints that department raised (002 第5篇 二.2).
 */
record ComplaintSearchCriteria(String subsidiary, String department, String post, String staff, Channel channel,
                               ComplaintStatus status, Urgency urgency, String fullText, SearchWindow window,
                               String complainingDepartment) {

    static ComplaintSearchCriteria parse(MultiValueMap<String, String> params, QueryApiProperties api) {
        SearchWindow window = SearchWindow.parse(params, api);
        return new ComplaintSearchCriteria(
                text(params.getFirst("subsidiary")),
                text(params.getFirst("department")),
                text(params.getFirst("post")),
                text(params.getFirst("staff")),
                enumValue("channel", params.getFirst("channel"), Channel.class),
                enumValue("status", params.getFirst("status"), ComplaintStatus.class),
                enumValue("urgency", params.getFirst("urgency"), Urgency.class),
                text(params.getFirst("q")),
                window,
                text(params.getFirst("complainingDepartment")));
    }
}
