package com.serviceledger.query.inspection;

import com.serviceledger.query.audit.AttachmentFiles;
import com.serviceledger.query.view.ViewPage;
import com.serviceledger.query.web.QueryProblems;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The inspection views over HTTP: one document by id, or a search (see {@link InspectionSearches} for
 * the filters).
 */
@RestController
class InspectionQueryController {

    private final InspectionSearches searches;
    private final AttachmentFiles files;

    InspectionQueryController(InspectionSearches searches, AttachmentFiles files) {
        this.searches = searches;
        this.files = files;
    }

    @GetMapping("/api/inspections/{inspectionId}")
    Mono<InspectionView> inspection(@PathVariable String inspectionId) {
        return searches.inspections.byId(inspectionId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("inspection", inspectionId)));
    }

    @GetMapping("/api/inspections")
    Mono<ViewPage<InspectionView>> inspections(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> searches.inspections(params));
    }

    @GetMapping("/api/rectifications/{rectificationId}")
    Mono<RectificationView> rectification(@PathVariable String rectificationId) {
        return searches.rectifications.byId(rectificationId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("rectification", rectificationId)));
    }

    @GetMapping("/api/rectifications")
    Mono<ViewPage<RectificationView>> rectifications(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> searches.rectifications(params));
    }

    @GetMapping("/api/quality-months/{qualityMonthId}")
    Mono<QualityMonthView> qualityMonth(@PathVariable String qualityMonthId) {
        return searches.qualityMonths.byId(qualityMonthId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("quality month", qualityMonthId)));
    }

    @GetMapping("/api/quality-months")
    Mono<ViewPage<QualityMonthView>> qualityMonths(@RequestParam MultiValueMap<String, String> params) {
        return Mono.defer(() -> searches.qualityMonths(params));
    }

    /** One attached file, for whoever may read the inspection (see {@link AttachmentFiles}). */
    @GetMapping("/api/inspections/{inspectionId}/attachments/{attachmentId}")
    Mono<ResponseEntity<byte[]>> inspectionAttachment(@PathVariable String inspectionId,
                                                      @PathVariable String attachmentId) {
        return searches.inspections.byId(inspectionId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("inspection", inspectionId)))
                .flatMap(view -> files.download(inspectionId, attachmentId));
    }

    /** One attached file, for whoever may read the rectification (see {@link AttachmentFiles}). */
    @GetMapping("/api/rectifications/{rectificationId}/attachments/{attachmentId}")
    Mono<ResponseEntity<byte[]>> rectificationAttachment(@PathVariable String rectificationId,
                                                         @PathVariable String attachmentId) {
        return searches.rectifications.byId(rectificationId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("rectification", rectificationId)))
                .flatMap(view -> files.download(rectificationId, attachmentId));
    }
}
