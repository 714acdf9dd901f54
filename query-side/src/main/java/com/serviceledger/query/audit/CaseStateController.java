package com.serviceledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.platform.web.Problems;
import com.serviceledger.query.web.QueryProblems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Any case as it stood at a moment ({@code until}) or after a sequence number ({@code untilSequence}):
 * {@code GET /api/audit/cases/{id}/state}. The case's events, cut as for {@code /events}, are folded by the
 * command side's own aggregate ({@link AggregateReplay}).
 */
@RestController
class CaseStateController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditTrail trail;
    private final AggregateReplay replay;

    CaseStateController(AuditTrail trail, AggregateReplay replay) {
        this.trail = trail;
        this.replay = replay;
    }

    @GetMapping("/api/audit/cases/{aggregateId}/state")
    Mono<CaseStateView> caseState(@PathVariable String aggregateId,
                                  @RequestParam(required = false) String untilSequence,
                                  @RequestParam(required = false) String until) {
        return Mono.defer(() -> trail.readCase(aggregateId, CaseCut.parse(untilSequence, until), this::stateOf))
                .flatMap(Mono::justOrEmpty)
                .onErrorMap(AggregateReplay.UnknownAggregateType.class, CaseStateController::notReplayable)
                // no case, or the cut is before its first event: it did not exist then
                .switchIfEmpty(Mono.error(() -> QueryProblems.notFound("case", aggregateId)));
    }

    private static ErrorResponseException notReplayable(AggregateReplay.UnknownAggregateType e) {
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
                "not-replayable", "Case type not replayable", e.getMessage()), e);
    }

    @SuppressWarnings("unchecked")
    private Optional<CaseStateView> stateOf(List<DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        CaseState state = replay.replay(events);
        return Optional.of(new CaseStateView(state.aggregateId(), state.aggregateType(), state.sequence(),
                state.asOf(), JSON.convertValue(AggregateStateJson.of(state.aggregate()), Map.class)));
    }
}
