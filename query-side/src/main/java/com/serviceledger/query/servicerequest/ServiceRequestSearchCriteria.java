package com.serviceledger.query.servicerequest;

import static com.serviceledger.query.web.QueryParameters.enumValue;
import static com.serviceledger.query.web.QueryParameters.text;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.servicerequest.ServiceRequestStatus;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.SearchWindow;
import org.springframework.util.MultiValueMap;

/** A validated service request search: filters on the view, a received-at window [from, to), a page. */
record ServiceRequestSearchCriteria(String subsidiary, String department, String post, ServiceCategory category,
                                    Channel channel, ServiceRequestStatus status, String fullText,
                                    SearchWindow window) {

    static ServiceRequestSearchCriteria parse(MultiValueMap<String, String> params, QueryApiProperties api) {
        SearchWindow window = SearchWindow.parse(params, api);
        return new ServiceRequestSearchCriteria(
                text(params.getFirst("subsidiary")),
                text(params.getFirst("department")),
                text(params.getFirst("post")),
                enumValue("category", params.getFirst("category"), ServiceCategory.class),
                enumValue("channel", params.getFirst("channel"), Channel.class),
                enumValue("status", params.getFirst("status"), ServiceRequestStatus.class),
                text(params.getFirst("q")),
                window);
    }
}
