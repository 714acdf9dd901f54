package com.serviceledger.query.audit;

import com.serviceledger.query.web.QueryProblems;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tamper evidence for auditors: the hash-chain verification of a case or of a slice, and the slice's stored
 * events as NDJSON to take away and verify independently; all within the caller's scope ({@link CaseScope}).
 */
@RestController
class ChainAuditController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final ChainVerifier verifier;
    private final AuditExport export;

    ChainAuditController(ChainVerifier verifier, AuditExport export) {
        this.verifier = verifier;
        this.export = export;
    }

    @GetMapping("/api/audit/cases/{aggregateId}/verification")
    Mono<CaseVerification> verifyCase(@PathVariable String aggregateId) {
        return verifier.verifyCase(aggregateId)
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("case", aggregateId)));
    }

    @GetMapping("/api/audit/verification")
    Mono<SliceVerification> verifySlice(@RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String caseType,
                                        @RequestParam(required = false) String unit) {
        return AuditSlice.asked(from, to, caseType, unit).flatMap(verifier::verifySlice);
    }

    @GetMapping("/api/audit/export")
    Mono<ResponseEntity<Flux<DataBuffer>>> export(@RequestParam(required = false) String from,
                                                  @RequestParam(required = false) String to,
                                                  @RequestParam(required = false) String caseType,
                                                  @RequestParam(required = false) String unit) {
        return AuditSlice.asked(from, to, caseType, unit).map(slice -> ResponseEntity.ok()
                .contentType(NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("serviceledger-" + slice.label() + ".ndjson").build().toString())
                .body(export.ndjson(slice)));
    }
}
