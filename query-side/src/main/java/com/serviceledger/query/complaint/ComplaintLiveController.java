package com.serviceledger.query.complaint;

import com.serviceledger.query.elasticsearch.ComplaintIndex;
import com.serviceledger.query.live.LiveQuery;
import com.serviceledger.query.privacy.CaseWithCustomer;
import com.serviceledger.query.privacy.CustomerCards;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * One complaint as it changes, as server-sent events: the current view, then each new version (event
 * id = the view's last sequence). A complaint not in the view yet is sent once it arrives. A version outside the
 * caller's scope is never sent (each is read as GET reads it): the stream of such a complaint is that of an unknown
 * one, open and silent, so it does not reveal that the complaint exists.
 */
@RestController
class ComplaintLiveController {

    private final ComplaintSearch search;
    private final ComplaintIndex index;
    private final LiveQuery live;
    private final CustomerCards customers;

    ComplaintLiveController(ComplaintSearch search, ComplaintIndex index, LiveQuery live, CustomerCards customers) {
        this.search = search;
        this.index = index;
        this.live = live;
        this.customers = customers;
    }

    @GetMapping(path = "/api/complaints/{complaintId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<CaseWithCustomer<ComplaintView>>> complaint(@PathVariable String complaintId) {
        // each version as GET answers it, with the customer's masks
        return customers.live(live.document(index.alias(), complaintId, () -> search.byId(complaintId), "complaint"),
                ComplaintView::customerId);
    }
}
