package com.serviceledger.query.servicerequest;

import com.serviceledger.query.audit.AttachmentFiles;
import com.serviceledger.query.audit.CaseTimeline;
import com.serviceledger.query.privacy.CaseWithCustomer;
import com.serviceledger.query.privacy.CustomerCards;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryProblems;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The service request view over HTTP: one request, or a search. */
@RestController
@RequestMapping("/api/service-requests")
class ServiceRequestQueryController {

    private final ServiceRequestSearch search;
    private final QueryApiProperties api;
    private final CustomerCards customers;
    private final CaseTimeline timeline;
    private final AttachmentFiles files;

    ServiceRequestQueryController(ServiceRequestSearch search, QueryApiProperties api,
                             CustomerCards customers, CaseTimeline timeline, AttachmentFiles files) {
        this.timeline = timeline;
        this.files = files;
        this.search = search;
        this.api = api;
        this.customers = customers;
    }

    @GetMapping("/{requestId}")
    Mono<CaseWithCustomer<ServiceRequestView>> serviceRequest(@PathVariable String requestId) {
        return search.byId(requestId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("service request", requestId)))
                .flatMap(view -> customers.one(view, ServiceRequestView::customerId));
    }

    /**
     * The service request's steps from its own event stream, oldest first: who, when and the structural facts, no
     * personal data and no free text. For whoever may read the service request, within scope as the view itself.
     */
    @GetMapping("/{requestId}/timeline")
    Mono<List<CaseTimeline.Step>> timeline(@PathVariable String requestId) {
        return search.byId(requestId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("service request", requestId)))
                .flatMap(view -> timeline.of(requestId));
    }

    @GetMapping
    Mono<ViewPage<CaseWithCustomer<ServiceRequestView>>> search(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> search.search(ServiceRequestSearchCriteria.parse(params, api))
                .flatMap(page -> customers.page(page, ServiceRequestView::customerId)));
    }

    /** One attached file, for whoever may read the service request (see {@link AttachmentFiles}). */
    @GetMapping("/{requestId}/attachments/{attachmentId}")
    Mono<ResponseEntity<byte[]>> attachment(@PathVariable String requestId, @PathVariable String attachmentId) {
        return search.byId(requestId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("service request", requestId)))
                .flatMap(view -> files.download(requestId, attachmentId));
    }
}
