package com.serviceledger.query.audit;

import com.serviceledger.query.web.QueryProblems;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The event stream of any case (complaint, service request, inspection, rectification, scorecard,
 * policy, directory entry), in order, with who, when and why: {@code GET /api/audit/cases/{id}/events},
 * optionally cut at a sequence number ({@code untilSequence}) or a moment ({@code until}).
 */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit/cases/{aggregateId}/events")
    Mono<List<AuditEntry>> caseEvents(@PathVariable String aggregateId,
                                      @RequestParam(required = false) String untilSequence,
                                      @RequestParam(required = false) String until) {
        return Mono.defer(() -> trail.caseEvents(aggregateId, CaseCut.parse(untilSequence, until)))
                .filter(entries -> !entries.isEmpty())
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("case", aggregateId)));
    }
}
