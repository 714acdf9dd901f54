package com.serviceledger.command.scoring;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.scoring.CloseScorecard;
import com.serviceledger.kernel.scoring.NominateServiceStar;
import com.serviceledger.kernel.scoring.ScorecardId;
import com.serviceledger.kernel.scoring.StarBoardId;
import com.serviceledger.platform.apidocs.SuccessStatus;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Staff scoring over HTTP: the month close of a staff member's scorecard (a month without any scored
 * fact has no scorecard: 404) and the unit's service star nomination. Complaints are scored by the relay,
 * not over HTTP.
 */
@RestController
@RequestMapping("/api/scorecards")
public class ScoringCommandController {

    private final CommandDispatcher dispatcher;

    public ScoringCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/close")
    public Mono<ResponseEntity<Map<String, Object>>> close(@Valid @RequestBody ScoringRequests.CloseMonth body,
                                                           ServerWebExchange exchange) {
        String scorecardId = ScorecardId.of(body.staffId(), YearMonth.parse(body.month()));
        return dispatcher.dispatch(new CloseScorecard(scorecardId), body, exchange)
                .map(outcome -> ResponseEntity.ok()
                        .header(CommandDispatcher.CORRELATION_ID_HEADER, outcome.correlationId())
                        .header(CommandDispatcher.REPLAYED_HEADER, String.valueOf(outcome.replayed()))
                        .body(Map.<String, Object>of("scorecardId", scorecardId)));
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/stars")
    public Mono<ResponseEntity<Map<String, Object>>> nominate(@Valid @RequestBody ScoringRequests.NominateStar body,
                                                              ServerWebExchange exchange) {
        String starBoardId = StarBoardId.of(body.subsidiaryId(), body.departmentId());
        var command = new NominateServiceStar(starBoardId, body.subsidiaryId(), body.departmentId(), body.month(),
                body.staffId());
        return dispatcher.dispatch(command, body, exchange)
                .map(outcome -> ResponseEntity.status(HttpStatus.CREATED)
                        .header(CommandDispatcher.CORRELATION_ID_HEADER, outcome.correlationId())
                        .header(CommandDispatcher.REPLAYED_HEADER, String.valueOf(outcome.replayed()))
                        .body(Map.<String, Object>of("starBoardId", starBoardId, "month", body.month(),
                                "staffId", body.staffId())));
    }
}
