package com.serviceledger.command.inspection;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.inspection.CloseQualityMonth;
import com.serviceledger.kernel.inspection.QualityMonthId;
import jakarta.validation.Valid;
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
 * The monthly quality evaluation (質量考評) over HTTP: closes a unit's month once it is over. A month
 * without any inspection of the unit does not exist (404).
 */
@RestController
@RequestMapping("/api/quality-months")
public class QualityMonthCommandController {

    private final CommandDispatcher dispatcher;

    public QualityMonthCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/close")
    public Mono<ResponseEntity<Map<String, Object>>> close(@Valid @RequestBody InspectionRequests.CloseMonth body,
                                                           ServerWebExchange exchange) {
        String qualityMonthId = QualityMonthId.of(body.unit().toUnit(), body.month());
        return dispatcher.dispatch(new CloseQualityMonth(qualityMonthId), body, exchange)
                .map(outcome -> outcome.respond(HttpStatus.OK)
                        .body(Map.<String, Object>of("qualityMonthId", qualityMonthId)));
    }
}
