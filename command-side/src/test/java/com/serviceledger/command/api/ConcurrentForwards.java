package com.serviceledger.command.api;

import java.time.Duration;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Eight clients forwarding one complaint at the same moment, over real HTTP. */
public final class ConcurrentForwards {

    private ConcurrentForwards() {
    }

    /** The status each of the eight forwards answered. */
    public static List<Integer> statuses(int port, String complaintId, Duration patience) {
        var client = WebClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester")).build();
        return Flux.range(0, 8)
                .flatMap(i -> client.post().uri("/api/complaints/{id}/forward", complaintId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\"}")
                        .exchangeToMono(r -> Mono.just(r.statusCode().value())), 8)
                .collectList().block(patience);
    }
}
