package com.serviceledger.command.incident;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.command.web.CommandOutcome;
import com.serviceledger.kernel.incident.ActivateEmergencyPlan;
import com.serviceledger.kernel.incident.DeclareIncident;
import com.serviceledger.kernel.incident.IncidentId;
import com.serviceledger.kernel.incident.RaiseComplaintToIncident;
import com.serviceledger.kernel.incident.RecordSupport;
import com.serviceledger.kernel.incident.ReportIncident;
import com.serviceledger.kernel.incident.RequestSupport;
import com.serviceledger.kernel.incident.ResolveIncident;
import com.serviceledger.kernel.incident.ReviewIncident;
import com.serviceledger.platform.apidocs.SuccessStatus;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The incident commands over HTTP: one endpoint per step, and raising a major complaint to an incident. */
@RestController
public class IncidentCommandController {

    private static final String INCIDENT = "/api/incidents/{incidentId}";

    private final CommandDispatcher dispatcher;

    public IncidentCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/api/incidents")
    public Mono<ResponseEntity<Map<String, Object>>> declare(@Valid @RequestBody IncidentRequests.Declare body,
                                                             ServerWebExchange exchange) {
        var command = new DeclareIncident(IncidentId.next(), body.unit().toUnit(), body.kind(), body.severity(),
                body.description(), null);
        return dispatcher.dispatch(command, body, exchange).map(outcome -> created(outcome, Map.of()));
    }

    /** The complaint records the link; the incident (kind MAJOR_COMPLAINT) is declared moments later. */
    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/api/complaints/{complaintId}/incident")
    public Mono<ResponseEntity<Map<String, Object>>> raiseComplaint(@PathVariable String complaintId,
            @Valid @RequestBody IncidentRequests.RaiseComplaint body, ServerWebExchange exchange) {
        var command = new RaiseComplaintToIncident(complaintId, IncidentId.next(), body.severity());
        return dispatcher.dispatch(command, body, exchange)
                .map(outcome -> created(outcome, Map.of("complaintId", complaintId)));
    }

    @PostMapping(INCIDENT + "/plan-activation")
    public Mono<ResponseEntity<Map<String, Object>>> activatePlan(@PathVariable String incidentId,
                                                                  ServerWebExchange exchange) {
        return step(incidentId, new ActivateEmergencyPlan(incidentId), null, exchange);
    }

    @PostMapping(INCIDENT + "/report")
    public Mono<ResponseEntity<Map<String, Object>>> report(@PathVariable String incidentId,
            @Valid @RequestBody IncidentRequests.Report body, ServerWebExchange exchange) {
        return step(incidentId, new ReportIncident(incidentId, body.reportedTo(), body.summary()), body, exchange);
    }

    @PostMapping(INCIDENT + "/support-requests")
    public Mono<ResponseEntity<Map<String, Object>>> requestSupport(@PathVariable String incidentId,
            @Valid @RequestBody IncidentRequests.RequestSupport body, ServerWebExchange exchange) {
        return step(incidentId, new RequestSupport(incidentId, body.requestedFrom(), body.need()), body, exchange);
    }

    @PostMapping(INCIDENT + "/support-requests/{requestNo}/support")
    public Mono<ResponseEntity<Map<String, Object>>> recordSupport(@PathVariable String incidentId,
            @PathVariable String requestNo, @Valid @RequestBody IncidentRequests.RecordSupport body,
            ServerWebExchange exchange) {
        int number = IncidentRequests.requestNoOf(incidentId, requestNo);
        return step(incidentId, new RecordSupport(incidentId, number, body.provided()), body, exchange);
    }

    @PostMapping(INCIDENT + "/resolve")
    public Mono<ResponseEntity<Map<String, Object>>> resolve(@PathVariable String incidentId,
            @Valid @RequestBody IncidentRequests.Resolve body, ServerWebExchange exchange) {
        return step(incidentId, new ResolveIncident(incidentId, body.resolution()), body, exchange);
    }

    @PostMapping(INCIDENT + "/review")
    public Mono<ResponseEntity<Map<String, Object>>> review(@PathVariable String incidentId,
            @Valid @RequestBody IncidentRequests.Review body, ServerWebExchange exchange) {
        return step(incidentId, new ReviewIncident(incidentId, body.findings(), body.improvementActions()), body,
                exchange);
    }

    private Mono<ResponseEntity<Map<String, Object>>> step(String incidentId, Object command, Object body,
                                                           ServerWebExchange exchange) {
        return dispatcher.dispatch(command, body, exchange)
                .map(outcome -> outcome.respond(HttpStatus.OK).body(Map.<String, Object>of("incidentId", incidentId)));
    }

    /** The new incident's id is the first outcome's, also when an Idempotency-Key replays it. */
    private static ResponseEntity<Map<String, Object>> created(CommandOutcome outcome, Map<String, Object> more) {
        String incidentId = outcome.result();
        Map<String, Object> answer = new LinkedHashMap<>(more);
        answer.put("incidentId", incidentId);
        return outcome.respond(HttpStatus.CREATED).location(URI.create("/api/incidents/" + incidentId)).body(answer);
    }
}
