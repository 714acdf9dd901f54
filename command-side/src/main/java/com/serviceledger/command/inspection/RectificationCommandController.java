package com.serviceledger.command.inspection;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.inspection.RecordRectification;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Recording that a non-conformity was fixed (the work order answered). */
@RestController
@RequestMapping("/api/rectifications")
public class RectificationCommandController {

    private final CommandDispatcher dispatcher;

    public RectificationCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/{rectificationId}/rectify")
    public Mono<ResponseEntity<Map<String, Object>>> rectify(@PathVariable String rectificationId,
            @Valid @RequestBody InspectionRequests.Rectify body, ServerWebExchange exchange) {
        var command = new RecordRectification(rectificationId, body.rectifiedBy(), body.note());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> outcome.respond(HttpStatus.OK)
                .body(Map.<String, Object>of("rectificationId", rectificationId)));
    }
}
