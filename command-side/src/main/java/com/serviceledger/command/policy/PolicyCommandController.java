package com.serviceledger.command.policy;

import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.kernel.policy.PublishPolicy;
import com.serviceledger.platform.apidocs.SuccessStatus;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Publishing a subsidiary's policy: every publication is a new version, in force from now on. */
@RestController
class PolicyCommandController {

    private final CommandDispatcher dispatcher;

    PolicyCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping("/api/policies/{subsidiaryId}/versions")
    Mono<ResponseEntity<Map<String, Object>>> publish(@PathVariable String subsidiaryId,
            @Valid @RequestBody PolicyRequests.Publish body, ServerWebExchange exchange) {
        var command = new PublishPolicy(PublishPolicy.policyIdOf(subsidiaryId), subsidiaryId, body.toTerms());
        return dispatcher.dispatch(command, body, exchange).map(outcome -> outcome.respond(HttpStatus.CREATED)
                .body(Map.<String, Object>of("subsidiaryId", subsidiaryId, "version", Integer.parseInt(outcome.result()),
                        "versionName", subsidiaryId + "/v" + outcome.result())));
    }
}
