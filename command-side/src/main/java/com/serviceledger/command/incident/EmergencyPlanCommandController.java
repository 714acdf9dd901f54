package com.serviceledger.command.incident;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanId;
import com.serviceledger.kernel.incident.EvaluateDrill;
import com.serviceledger.kernel.incident.IncidentId;
import com.serviceledger.kernel.incident.PlanDrill;
import com.serviceledger.kernel.incident.PublishEmergencyPlan;
import com.serviceledger.kernel.incident.RecordDrill;
import com.serviceledger.platform.apidocs.SuccessStatus;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
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

/** A subsidiary's emergency plans over HTTP: versions, and the drills of each plan. */
@RestController
@RequestMapping("/api/emergency-plans/{subsidiaryId}/{kind}")
public class EmergencyPlanCommandController {

    private final CommandDispatcher dispatcher;

    public EmergencyPlanCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/versions")
    public Mono<ResponseEntity<Map<String, Object>>> publish(@PathVariable String subsidiaryId,
            @PathVariable String kind, @Valid @RequestBody IncidentRequests.PublishPlan body,
            ServerWebExchange exchange) {
        EmergencyKind emergency = IncidentRequests.kindOf(subsidiaryId, kind);
        String planId = EmergencyPlanId.of(subsidiaryId, emergency);
        var command = new PublishEmergencyPlan(planId, subsidiaryId, emergency, body.content(), body.afterDrillId());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> outcome.respond(HttpStatus.CREATED)
                .body(answer(planId, "version", Integer.parseInt(outcome.result()))));
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/drills")
    public Mono<ResponseEntity<Map<String, Object>>> planDrill(@PathVariable String subsidiaryId,
            @PathVariable String kind, @Valid @RequestBody IncidentRequests.PlanDrill body,
            ServerWebExchange exchange) {
        String planId = EmergencyPlanId.of(subsidiaryId, IncidentRequests.kindOf(subsidiaryId, kind));
        var command = new PlanDrill(planId, IncidentId.nextDrill(), body.scheduledAt(), body.scenario());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> outcome.respond(HttpStatus.CREATED)
                .body(answer(planId, "drillId", outcome.result())));
    }

    @PostMapping("/drills/{drillId}/record")
    public Mono<ResponseEntity<Map<String, Object>>> recordDrill(@PathVariable String subsidiaryId,
            @PathVariable String kind, @PathVariable String drillId,
            @Valid @RequestBody IncidentRequests.RecordDrill body, ServerWebExchange exchange) {
        String planId = EmergencyPlanId.of(subsidiaryId, IncidentRequests.kindOf(subsidiaryId, kind));
        var command = new RecordDrill(planId, drillId, body.participants(), body.observations());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> outcome.respond(HttpStatus.OK)
                .body(answer(planId, "drillId", drillId)));
    }

    @PostMapping("/drills/{drillId}/evaluate")
    public Mono<ResponseEntity<Map<String, Object>>> evaluateDrill(@PathVariable String subsidiaryId,
            @PathVariable String kind, @PathVariable String drillId,
            @Valid @RequestBody IncidentRequests.EvaluateDrill body, ServerWebExchange exchange) {
        String planId = EmergencyPlanId.of(subsidiaryId, IncidentRequests.kindOf(subsidiaryId, kind));
        var command = new EvaluateDrill(planId, drillId, body.rating(), body.findings());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> outcome.respond(HttpStatus.OK)
                .body(answer(planId, "drillId", drillId)));
    }

    private static Map<String, Object> answer(String planId, String key, Object value) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("planId", planId);
        answer.put(key, value);
        return answer;
    }
}
