package com.serviceledger.query.console;

import java.time.Duration;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/**
 * A view read for a page that was just changed ({@code changed=n} in its address: the view's {@code lastSequence}
 * then at least n): waits a little until the view shows the change, as its projection follows the command moments
 * later (a new document: until it is there). Without {@code changed}, one read.
 */
final class ConsoleFreshRead {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private ConsoleFreshRead() {
    }

    static Mono<ConsoleApi.Outcome> read(ConsoleApi api, ServerRequest request, String path) {
        String changed = ConsoleJson.param(request, "changed");
        long expected = changed == null || !changed.matches("\\d{1,12}") ? -1 : Long.parseLong(changed);
        if (expected < 0) {
            return api.get(request, path);
        }
        long deadline = System.nanoTime() + FRESH.toNanos();
        return Mono.defer(() -> api.get(request, path))
                .flatMap(outcome -> (outcome.status() == 404 || outcome.successful()
                        && outcome.json().path("lastSequence").asLong(-1) < expected)
                        && System.nanoTime() < deadline
                        ? Mono.delay(Duration.ofMillis(250)).then(Mono.<ConsoleApi.Outcome>empty())
                        : Mono.just(outcome))
                .repeatWhenEmpty(Integer.MAX_VALUE, repeat -> repeat);
    }
}
