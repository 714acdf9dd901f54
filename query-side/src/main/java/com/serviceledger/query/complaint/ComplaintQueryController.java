package com.serviceledger.query.complaint;

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

/** The complaint view over HTTP: one case, or a search. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintQueryController {

    private final ComplaintSearch search;
    private final QueryApiProperties api;
    private final CustomerCards customers;
    private final CaseTimeline timeline;
    private final AttachmentFiles files;

    ComplaintQueryController(ComplaintSearch search, QueryApiProperties api,
                             CustomerCards customers, CaseTimeline timeline, AttachmentFiles files) {
        this.timeline = timeline;
        this.files = files;
        this.search = search;
        this.api = api;
        this.customers = customers;
    }

    @GetMapping("/{complaintId}")
    Mono<CaseWithCustomer<ComplaintView>> complaint(@PathVariable String complaintId) {
        return search.byId(complaintId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("complaint", complaintId)))
                .flatMap(view -> customers.one(view, ComplaintView::customerId));
    }

    /**
     * The complaint's steps from its own event stream, oldest first: who, when and the structural facts, no
     * personal data and no free text. For whoever may read the complaint, within scope as the view itself.
     */
    @GetMapping("/{complaintId}/timeline")
    Mono<List<CaseTimeline.Step>> timeline(@PathVariable String complaintId) {
        return search.byId(complaintId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("complaint", complaintId)))
                .flatMap(view -> timeline.of(complaintId));
    }

    @GetMapping
    Mono<ViewPage<CaseWithCustomer<ComplaintView>>> search(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> search.search(ComplaintSearchCriteria.parse(params, api))
                .flatMap(page -> customers.page(page, ComplaintView::customerId)));
    }

    /** One attached file, for whoever may read the complaint (see {@link AttachmentFiles}). */
    @GetMapping("/{complaintId}/attachments/{attachmentId}")
    Mono<ResponseEntity<byte[]>> attachment(@PathVariable String complaintId, @PathVariable String attachmentId) {
        return search.byId(complaintId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("complaint", complaintId)))
                .flatMap(view -> files.download(complaintId, attachmentId));
    }
}
