package com.serviceledger.command.privacy;

import com.serviceledger.command.scope.GroupWide;
import com.serviceledger.platform.apidocs.SuccessStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Rotating the vault's keys (README, Customer privacy): {@code POST} starts the job (or returns the run in
 * progress), {@code GET} shows the last run and what each key still protects, so the operator knows when a
 * retired key can be removed.
 */
@RestController
class KeyRotationController {

    private final KeyRotations rotations;

    KeyRotationController(KeyRotations rotations) {
        this.rotations = rotations;
    }

    @SuccessStatus(HttpStatus.ACCEPTED)
    @PostMapping("/api/admin/privacy/key-rotations")
    Mono<ResponseEntity<KeyRotations.Run>> start(ServerWebExchange exchange) {
        // the vault's keys serve every subsidiary's customers
        return GroupWide.caller(exchange, null).map(caller -> rotations.start(caller.name()))
                .map(run -> ResponseEntity.status(HttpStatus.ACCEPTED).body(run));
    }

    @GetMapping("/api/admin/privacy/key-rotations")
    Mono<KeyRotations.Status> status(ServerWebExchange exchange) {
        // the counts cover every subsidiary's customers: the group's to read; off the event loop (vault tables)
        return GroupWide.caller(exchange, null).flatMap(caller -> Mono.fromCallable(rotations::status)
                .subscribeOn(Schedulers.boundedElastic()));
    }
}
