package com.serviceledger.command.complaint;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.command.web.CommandOutcome;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.complaint.ArchiveComplaint;
import com.serviceledger.kernel.complaint.CloseComplaintUnresolved;
import com.serviceledger.kernel.complaint.ComplaintId;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ContactCustomer;
import com.serviceledger.kernel.complaint.DismissComplaint;
import com.serviceledger.kernel.complaint.ForwardComplaint;
import com.serviceledger.kernel.complaint.NameComplaintHandler;
import com.serviceledger.kernel.complaint.ReceiveComplaint;
import com.serviceledger.kernel.complaint.RecordCallback;
import com.serviceledger.kernel.complaint.RecordHandlerOnSite;
import com.serviceledger.kernel.complaint.RejectSolution;
import com.serviceledger.kernel.complaint.ResolveComplaint;
import com.serviceledger.kernel.complaint.VerifyComplaint;
import com.serviceledger.kernel.complaint.RecordComplaintOutcome;
import com.serviceledger.kernel.complaint.ReportComplaintResult;
import com.serviceledger.kernel.complaint.ReturnInvestigationResult;
import com.serviceledger.kernel.complaint.ReturnSolution;
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

/** The complaint commands over HTTP: one endpoint per lifecycle step. */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintCommandController {

    private final CommandDispatcher dispatcher;

    public ComplaintCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping
    public Mono<ResponseEntity<Map<String, Object>>> receive(@Valid @RequestBody ComplaintRequests.Receive body,
                                                             ServerWebExchange exchange) {
        var t = body.target();
        var c = body.customer();
        var command = new ReceiveComplaint(ComplaintId.next(), body.channel(),
                new CustomerContact(c.name(), c.phone(), c.email()), body.content(), body.demand(),
                new ComplaintTarget(t.subsidiaryId(), t.departmentId(), t.postId(), t.staffId()), body.urgency());
        return dispatcher.dispatch(command, body, exchange)
                .map(outcome -> respond(HttpStatus.CREATED, outcome.result(), outcome));
    }

    @PostMapping("/{complaintId}/dismiss")
    public Mono<ResponseEntity<Map<String, Object>>> dismiss(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Dismiss body, ServerWebExchange exchange) {
        return step(complaintId, new DismissComplaint(complaintId, body.explanation()), body, exchange);
    }

    @PostMapping("/{complaintId}/forward")
    public Mono<ResponseEntity<Map<String, Object>>> forward(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Forward body, ServerWebExchange exchange) {
        return step(complaintId, new ForwardComplaint(complaintId, body.departmentId(), body.departmentHeadId()), body, exchange);
    }

    @PostMapping("/{complaintId}/contact")
    public Mono<ResponseEntity<Map<String, Object>>> contact(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Contact body, ServerWebExchange exchange) {
        return step(complaintId, new ContactCustomer(complaintId, body.contactedBy(), body.proposedSolution()), body, exchange);
    }

    @PostMapping("/{complaintId}/on-site")
    public Mono<ResponseEntity<Map<String, Object>>> onSite(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.OnSite body, ServerWebExchange exchange) {
        return step(complaintId, new RecordHandlerOnSite(complaintId, body.handlerId()), body, exchange);
    }

    @PostMapping("/{complaintId}/handler")
    public Mono<ResponseEntity<Map<String, Object>>> nameHandler(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Handler body, ServerWebExchange exchange) {
        return step(complaintId, new NameComplaintHandler(complaintId, body.handlerId()), body, exchange);
    }

    @PostMapping("/{complaintId}/resolve")
    public Mono<ResponseEntity<Map<String, Object>>> resolve(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Resolve body, ServerWebExchange exchange) {
        return step(complaintId, new ResolveComplaint(complaintId, body.resolution()), body, exchange);
    }

    @PostMapping("/{complaintId}/reject-solution")
    public Mono<ResponseEntity<Map<String, Object>>> rejectSolution(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.RejectSolution body, ServerWebExchange exchange) {
        return step(complaintId, new RejectSolution(complaintId, body.reason()), body, exchange);
    }

    @PostMapping("/{complaintId}/callback")
    public Mono<ResponseEntity<Map<String, Object>>> callback(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Callback body, ServerWebExchange exchange) {
        return step(complaintId, new RecordCallback(complaintId, body.satisfaction(), body.solutionAccepted(), body.comment()),
                body, exchange);
    }

    @PostMapping("/{complaintId}/verify")
    public Mono<ResponseEntity<Map<String, Object>>> verify(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Verify body, ServerWebExchange exchange) {
        return step(complaintId, new VerifyComplaint(complaintId, body.responsibleStaffId(), body.misconduct(), body.findings(),
                        body.grade(), body.behaviour(), body.points()),
                body, exchange);
    }

    @PostMapping("/{complaintId}/investigation-result")
    public Mono<ResponseEntity<Map<String, Object>>> investigationResult(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.InvestigationResult body, ServerWebExchange exchange) {
        return step(complaintId, new ReturnInvestigationResult(complaintId, body.findings()), body, exchange);
    }

    @PostMapping("/{complaintId}/solution")
    public Mono<ResponseEntity<Map<String, Object>>> solution(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Solution body, ServerWebExchange exchange) {
        return step(complaintId, new ReturnSolution(complaintId, body.solution()), body, exchange);
    }

    @PostMapping("/{complaintId}/result-report")
    public Mono<ResponseEntity<Map<String, Object>>> resultReport(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.ResultReport body, ServerWebExchange exchange) {
        return step(complaintId, new ReportComplaintResult(complaintId, body.result()), body, exchange);
    }

    @PostMapping("/{complaintId}/outcome")
    public Mono<ResponseEntity<Map<String, Object>>> outcome(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.Outcome body, ServerWebExchange exchange) {
        return step(complaintId, new RecordComplaintOutcome(complaintId, body.finalResult(), body.evaluation()), body,
                exchange);
    }

    @PostMapping("/{complaintId}/archive")
    public Mono<ResponseEntity<Map<String, Object>>> archive(@PathVariable String complaintId,
                                                             ServerWebExchange exchange) {
        return step(complaintId, new ArchiveComplaint(complaintId), null, exchange);
    }

    @PostMapping("/{complaintId}/close-unresolved")
    public Mono<ResponseEntity<Map<String, Object>>> closeUnresolved(@PathVariable String complaintId,
            @Valid @RequestBody ComplaintRequests.CloseUnresolved body, ServerWebExchange exchange) {
        return step(complaintId, new CloseComplaintUnresolved(complaintId, body.decidedBy(), body.reason()), body,
                exchange);
    }

    private Mono<ResponseEntity<Map<String, Object>>> step(String complaintId, Object command, Object body,
                                                           ServerWebExchange exchange) {
        return dispatcher.dispatch(command, body, exchange)
                .map(outcome -> respond(HttpStatus.OK, complaintId, outcome));
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, String complaintId,
                                                               CommandOutcome outcome) {
        var response = outcome.respond(status);
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/complaints/" + complaintId));
        }
        return response.body(Map.of("complaintId", complaintId));
    }
}
