package com.serviceledger.command.complaint;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.complaint.ComplaintId;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ReceiveDepartmentComplaint;
import com.serviceledger.platform.apidocs.SuccessStatus;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A department-coordination complaint (002 第5篇 二.2) comes in at its own endpoint: its body names the complaining
 * department instead of a customer, and its staff raise it (the scope checked is theirs, not the accused unit's).
 * From then on it is a complaint like any other, at {@code /api/complaints/{complaintId}}.
 */
@RestController
public class DepartmentComplaintController {

    private final CommandDispatcher dispatcher;

    public DepartmentComplaintController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/api/department-complaints")
    public Mono<ResponseEntity<Map<String, Object>>> receive(
            @Valid @RequestBody ComplaintRequests.ReceiveFromDepartment body, ServerWebExchange exchange) {
        var t = body.target();
        var command = new ReceiveDepartmentComplaint(ComplaintId.next(), body.channel(),
                body.complainingDepartmentId(), body.raisedBy(), body.content(), body.demand(),
                new ComplaintTarget(t.subsidiaryId(), t.departmentId(), t.postId(), t.staffId()), body.urgency());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> {
            String complaintId = outcome.result();
            return outcome.respond(HttpStatus.CREATED).location(URI.create("/api/complaints/" + complaintId))
                    .body(Map.<String, Object>of("complaintId", complaintId));
        });
    }
}
