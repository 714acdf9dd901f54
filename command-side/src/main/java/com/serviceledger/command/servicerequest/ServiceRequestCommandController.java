package com.serviceledger.command.servicerequest;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.command.web.CommandOutcome;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.servicerequest.AcceptDelivery;
import com.serviceledger.kernel.servicerequest.AnnounceDelay;
import com.serviceledger.kernel.servicerequest.AssessServiceRequest;
import com.serviceledger.kernel.servicerequest.AssignServiceRequest;
import com.serviceledger.kernel.servicerequest.CloseServiceRequest;
import com.serviceledger.kernel.servicerequest.DeliverService;
import com.serviceledger.kernel.servicerequest.PlanService;
import com.serviceledger.kernel.servicerequest.ReceiveServiceRequest;
import com.serviceledger.kernel.servicerequest.RecordMaterialsReceived;
import com.serviceledger.kernel.servicerequest.RecordSatisfaction;
import com.serviceledger.kernel.servicerequest.RejectDelivery;
import com.serviceledger.kernel.servicerequest.ReportProgress;
import com.serviceledger.kernel.servicerequest.RequestMaterials;
import com.serviceledger.kernel.servicerequest.ServiceRequestId;
import com.serviceledger.kernel.servicerequest.ServiceRequestTarget;
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

/** The service request commands over HTTP: one endpoint per lifecycle step. */
@RestController
@RequestMapping("/api/service-requests")
public class ServiceRequestCommandController {

    private final CommandDispatcher dispatcher;

    public ServiceRequestCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> receive(@Valid @RequestBody ServiceRequestRequests.Receive body,
                                                             ServerWebExchange exchange) {
        var t = body.target();
        var c = body.customer();
        var command = new ReceiveServiceRequest(ServiceRequestId.next(), body.channel(),
                new CustomerContact(c.name(), c.phone(), c.email()), body.category(), body.description(),
                new ServiceRequestTarget(t.subsidiaryId(), t.departmentId(), t.postId()));
        return dispatcher.dispatch(command, body, exchange)
                .map(outcome -> respond(HttpStatus.CREATED, outcome.result(), outcome));
    }

    @PostMapping("/{requestId}/request-materials")
    public Mono<ResponseEntity<Map<String, Object>>> requestMaterials(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.RequestMaterials body, ServerWebExchange exchange) {
        return step(requestId, new RequestMaterials(requestId, body.missingItems()), body, exchange);
    }

    @PostMapping("/{requestId}/materials-received")
    public Mono<ResponseEntity<Map<String, Object>>> materialsReceived(@PathVariable String requestId,
                                                                       ServerWebExchange exchange) {
        return step(requestId, new RecordMaterialsReceived(requestId), null, exchange);
    }

    @PostMapping("/{requestId}/assign")
    public Mono<ResponseEntity<Map<String, Object>>> assign(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.Assign body, ServerWebExchange exchange) {
        return step(requestId, new AssignServiceRequest(requestId, body.assigneeId()), body, exchange);
    }

    @PostMapping("/{requestId}/assess")
    public Mono<ResponseEntity<Map<String, Object>>> assess(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.Assess body, ServerWebExchange exchange) {
        return step(requestId, new AssessServiceRequest(requestId, body.nature(), body.difficulty(), body.resources()),
                body, exchange);
    }

    @PostMapping("/{requestId}/plan")
    public Mono<ResponseEntity<Map<String, Object>>> plan(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.Plan body, ServerWebExchange exchange) {
        return step(requestId, new PlanService(requestId, body.goal(), body.steps(), body.ownerId(),
                body.dueAt().toInstant()), body, exchange);
    }

    @PostMapping("/{requestId}/progress")
    public Mono<ResponseEntity<Map<String, Object>>> progress(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.Progress body, ServerWebExchange exchange) {
        return step(requestId, new ReportProgress(requestId, body.note()), body, exchange);
    }

    @PostMapping("/{requestId}/delay")
    public Mono<ResponseEntity<Map<String, Object>>> delay(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.Delay body, ServerWebExchange exchange) {
        return step(requestId, new AnnounceDelay(requestId, body.reason(), body.newDueAt().toInstant()), body,
                exchange);
    }

    @PostMapping("/{requestId}/deliver")
    public Mono<ResponseEntity<Map<String, Object>>> deliver(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.Deliver body, ServerWebExchange exchange) {
        return step(requestId, new DeliverService(requestId, body.summary()), body, exchange);
    }

    @PostMapping("/{requestId}/accept")
    public Mono<ResponseEntity<Map<String, Object>>> accept(@PathVariable String requestId,
                                                            ServerWebExchange exchange) {
        return step(requestId, new AcceptDelivery(requestId), null, exchange);
    }

    @PostMapping("/{requestId}/reject")
    public Mono<ResponseEntity<Map<String, Object>>> reject(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.Reject body, ServerWebExchange exchange) {
        return step(requestId, new RejectDelivery(requestId, body.reasons()), body, exchange);
    }

    @PostMapping("/{requestId}/satisfaction")
    public Mono<ResponseEntity<Map<String, Object>>> satisfaction(@PathVariable String requestId,
            @Valid @RequestBody ServiceRequestRequests.Satisfaction body, ServerWebExchange exchange) {
        return step(requestId, new RecordSatisfaction(requestId, body.score(), body.comment()), body, exchange);
    }

    @PostMapping("/{requestId}/close")
    public Mono<ResponseEntity<Map<String, Object>>> close(@PathVariable String requestId,
                                                           ServerWebExchange exchange) {
        return step(requestId, new CloseServiceRequest(requestId), null, exchange);
    }

    private Mono<ResponseEntity<Map<String, Object>>> step(String requestId, Object command, Object body,
                                                           ServerWebExchange exchange) {
        return dispatcher.dispatch(command, body, exchange)
                .map(outcome -> respond(HttpStatus.OK, requestId, outcome));
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, String requestId,
                                                               CommandOutcome outcome) {
        var response = outcome.respond(status);
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/service-requests/" + requestId));
        }
        return response.body(Map.of("serviceRequestId", requestId));
    }
}
