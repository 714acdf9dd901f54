package com.serviceledger.command.improvement;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.improvement.CheckImprovementEffect;
import com.serviceledger.kernel.improvement.CompleteImprovementAction;
import com.serviceledger.kernel.improvement.ImprovementActionId;
import com.serviceledger.kernel.improvement.RaiseImprovementAction;
import com.serviceledger.kernel.improvement.ReportImprovementProgress;
import com.serviceledger.platform.apidocs.SuccessStatus;
import jakarta.validation.Valid;
import java.net.URI;
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

/** Improvement actions over HTTP: raise, report progress, done, check the effect. */
@RestController
@RequestMapping("/api/improvement-actions")
public class ImprovementCommandController {

    private final CommandDispatcher dispatcher;

    public ImprovementCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> raise(@Valid @RequestBody ImprovementRequests.Raise body,
                                                           ServerWebExchange exchange) {
        String actionId = ImprovementActionId.next();
        var command = new RaiseImprovementAction(actionId, body.subsidiaryId(), blankToNull(body.departmentId()),
                body.cause().toCause(), body.measure(), body.ownerId(), body.dueAt());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> {
            String id = outcome.result() == null ? actionId : outcome.result();
            return outcome.respond(HttpStatus.CREATED).location(URI.create("/api/improvement-actions/" + id))
                    .body(Map.<String, Object>of("actionId", id));
        });
    }

    @PostMapping("/{actionId}/progress")
    public Mono<ResponseEntity<Map<String, Object>>> progress(@PathVariable String actionId,
            @Valid @RequestBody ImprovementRequests.Progress body, ServerWebExchange exchange) {
        return ok(new ReportImprovementProgress(actionId, body.note()), actionId, body, exchange);
    }

    @PostMapping("/{actionId}/done")
    public Mono<ResponseEntity<Map<String, Object>>> done(@PathVariable String actionId,
            @Valid @RequestBody ImprovementRequests.Complete body, ServerWebExchange exchange) {
        return ok(new CompleteImprovementAction(actionId, body.note()), actionId, body, exchange);
    }

    @PostMapping("/{actionId}/effect-check")
    public Mono<ResponseEntity<Map<String, Object>>> check(@PathVariable String actionId,
            @Valid @RequestBody ImprovementRequests.Check body, ServerWebExchange exchange) {
        return ok(new CheckImprovementEffect(actionId, body.effective(), body.note(), body.newDueAt()), actionId, body,
                exchange);
    }

    private Mono<ResponseEntity<Map<String, Object>>> ok(Object command, String actionId, Object body,
                                                        ServerWebExchange exchange) {
        return dispatcher.dispatch(command, body, exchange).map(outcome -> outcome.respond(HttpStatus.OK)
                .body(Map.<String, Object>of("actionId", actionId)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
