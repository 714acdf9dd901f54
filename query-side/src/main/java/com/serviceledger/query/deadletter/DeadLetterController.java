package com.serviceledger.query.deadletter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Operators' view of the view processors' dead-letter queues: {@code GET /api/admin/dead-letters/{processor}}
 * lists parked events, {@code POST …/retry} runs them through the processor again.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/{processor}")
    Mono<DeadLetters.Listing> list(@PathVariable String processor) {
        return Mono.fromCallable(() -> deadLetters.list(processor)).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/{processor}/retry")
    Mono<DeadLetters.RetryOutcome> retry(@PathVariable String processor) {
        return Mono.fromCallable(() -> deadLetters.retry(processor)).subscribeOn(Schedulers.boundedElastic());
    }
}
