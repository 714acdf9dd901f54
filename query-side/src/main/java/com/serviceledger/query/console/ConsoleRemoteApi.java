package com.serviceledger.query.console;

import com.serviceledger.platform.web.InProcessApi;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The API of the other side, over HTTP with the signed-in user's access token: where the console runs apart from
 * the command side (the query side in production), the commands it sends go there, with the same bearer token
 * the user's own API client would carry, so the command side checks them as any API call.
 */
final class ConsoleRemoteApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebClient client;

    ConsoleRemoteApi(WebClient.Builder builder, String baseUrl) {
        this.client = builder.clone().baseUrl(baseUrl).build();
    }

    /** A body that is no JSON (a case's file as {@code multipart/form-data}). */
    Mono<InProcessApi.Answer> call(String accessToken, HttpMethod method, String path, byte[] body,
                                   MediaType contentType, Map<String, String> headers) {
        return answer(client.method(method).uri(path)
                .headers(sent -> {
                    headers.forEach(sent::set);
                    sent.setBearerAuth(accessToken);
                    sent.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                })
                .contentType(contentType).bodyValue(body));
    }

    Mono<InProcessApi.Answer> call(String accessToken, HttpMethod method, String path, String json,
                                   Map<String, String> headers) {
        WebClient.RequestBodySpec request = client.method(method).uri(path)
                .headers(sent -> {
                    headers.forEach(sent::set);
                    sent.setBearerAuth(accessToken);
                    sent.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                });
        WebClient.RequestHeadersSpec<?> ready = json == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json);
        return answer(ready);
    }

    private static Mono<InProcessApi.Answer> answer(WebClient.RequestHeadersSpec<?> ready) {
        return ready.exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> new InProcessApi.Answer(response.statusCode().value(),
                                HttpHeaders.readOnlyHttpHeaders(response.headers().asHttpHeaders()), body)))
                .timeout(TIMEOUT);
    }
}
