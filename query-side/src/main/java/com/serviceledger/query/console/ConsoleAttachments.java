package com.serviceledger.query.console;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * A case's attachment downloaded from its page: the API's own download as the signed-in user (scope, hash check,
 * erasure's 410), passed on with the API's headers that keep a browser from showing or sniffing it.
 */
@Component
class ConsoleAttachments {

    private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
            "X-Content-Type-Options", "Content-Security-Policy", HttpHeaders.CACHE_CONTROL);

    private final ConsoleApi api;

    ConsoleAttachments(ConsoleApi api) {
        this.api = api;
    }

    Mono<ServerResponse> complaint(ServerRequest request) {
        return download(request, "/api/complaints");
    }

    Mono<ServerResponse> serviceRequest(ServerRequest request) {
        return download(request, "/api/service-requests");
    }

    private Mono<ServerResponse> download(ServerRequest request, String cases) {
        String path = UriComponentsBuilder.fromPath(cases + "/{id}/attachments/{attachmentId}")
                .buildAndExpand(request.pathVariable("id"), request.pathVariable("attachmentId")).encode()
                .toUriString();
        return api.download(request, path).flatMap(answer -> ServerResponse.status(answer.status())
                .headers(headers -> PASSED_ON.forEach(name -> {
                    List<String> values = answer.headers().get(name);
                    if (values != null) {
                        headers.put(name, values);
                    }
                }))
                .bodyValue(answer.body()));
    }
}
