package com.serviceledger.query.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.serviceledger.platform.security.AccessTable;
import com.serviceledger.command.attachment.AttachmentIntake;
import com.serviceledger.platform.web.AttachmentUploads;
import com.serviceledger.platform.web.InProcessApi;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/**
 * The console's way to the JSON API: every command (and any read the console shows as the API answers it) goes
 * through the API itself as the signed-in user: in process ({@link InProcessApi}) where this application serves
 * the endpoint, else, where {@code serviceledger.console.api-url} names the other side, there over HTTP with the
 * user's access token ({@link ConsoleRemoteApi}). So the console writes no rule, access check or validation of its
 * own, and shows the API's refusals beside the fields they name.
 */
@Component
class ConsoleApi {

    /**
     * What the API answered: the status, the JSON body (a problem for a refusal), and a refusal's field errors by
     * field ({@code customer.phone} → its message), in the order the API named them.
     */
    record Outcome(int status, JsonNode json, Map<String, String> errors) {

        boolean successful() {
            return status >= 200 && status < 300;
        }

        /** The refusal's summary (the problem's detail, else its title); null for a success. */
        String problem() {
            if (successful()) {
                return null;
            }
            String detail = json.path("detail").asText("");
            return detail.isEmpty() ? json.path("title").asText("HTTP " + status) : detail;
        }
    }

    private final InProcessApi api;
    private final ObjectMapper json;
    private final AccessTable served;
    private final ConsoleRemoteApi remote;
    private final ConsoleAccessTokens tokens;

    ConsoleApi(InProcessApi api, ObjectMapper json, AccessTable served, ConsoleProperties properties,
               ObjectProvider<WebClient.Builder> http, ConsoleAccessTokens tokens) {
        this.api = api;
        this.json = json;
        this.served = served;
        this.remote = properties.apiUrl() == null ? null : new ConsoleRemoteApi(
                http.getIfAvailable(WebClient::builder), properties.apiUrl());
        this.tokens = tokens;
    }

    Mono<Outcome> get(ServerRequest request, String path) {
        return call(request, HttpMethod.GET, path, null, null);
    }

    /**
     * @param body the request body (a record or map, written as the API reads JSON), or null for none
     * @param idempotencyKey the form's key, so a form sent twice (a double click, a reload) acts once; or null
     */
    Mono<Outcome> post(ServerRequest request, String path, Object body, String idempotencyKey) {
        return call(request, HttpMethod.POST, path, body, idempotencyKey);
    }

    Mono<Outcome> call(ServerRequest request, HttpMethod method, String path, Object body, String idempotencyKey) {
        return answer(request, method, path, body, idempotencyKey).map(this::outcome);
    }

    /**
     * The API's answer as it came: status, headers and body, for a body that is no JSON (a report's CSV) or
     * whose headers matter.
     */
    Mono<InProcessApi.Answer> answer(ServerRequest request, HttpMethod method, String path, Object body,
                                     String idempotencyKey) {
        Map<String, String> headers = headers(request, idempotencyKey);
        String content;
        try {
            // a command without a body goes as an empty JSON object: the API's cross-site guard takes commands
            // in JSON only (JsonCommandsOnly), a bodiless POST included
            content = body != null ? json.writeValueAsString(body) : method == HttpMethod.GET ? null : "{}";
        } catch (JsonProcessingException e) {
            return Mono.error(new IllegalArgumentException("not writable as JSON: " + body, e));
        }
        return signedIn()
                .flatMap(user -> servedHere(method, path) ? api.call(user, method, path, content, headers)
                        : tokens.accessToken(request.exchange(), user)
                                .flatMap(token -> remote.call(token, method, path, content, headers)));
    }

    /**
     * A case's file sent to its attachments as the API takes one: {@code multipart/form-data} with the header that
     * tells a cross-site form it is not ({@value AttachmentUploads#GUARD_HEADER}).
     */
    Mono<Outcome> upload(ServerRequest request, String path, String fileName, MediaType type, byte[] content,
                         String idempotencyKey) {
        String boundary = "console-" + UUID.randomUUID();
        byte[] body = multipart(boundary, fileName, type, content);
        MediaType form = new MediaType(MediaType.MULTIPART_FORM_DATA, Map.of("boundary", boundary));
        Map<String, String> headers = headers(request, idempotencyKey);
        headers.put(AttachmentUploads.GUARD_HEADER, "web-console");
        return signedIn()
                .flatMap(user -> servedHere(HttpMethod.POST, path)
                        ? api.call(user, HttpMethod.POST, path, body, form, headers)
                        : tokens.accessToken(request.exchange(), user)
                                .flatMap(token -> remote.call(token, HttpMethod.POST, path, body, form, headers)))
                .map(this::outcome);
    }

    /** One file part named as the API reads it; the name's quotes and line breaks cannot end its header. */
    private static byte[] multipart(String boundary, String fileName, MediaType type, byte[] content) {
        String name = fileName.replace("\\", "_").replace("\"", "_").replace("\r", "_").replace("\n", "_");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + AttachmentIntake.FIELD
                + "\"; filename=\"" + name + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    /** The language, the console as the events' client, and the form's key. */
    private static Map<String, String> headers(ServerRequest request, String idempotencyKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.ACCEPT_LANGUAGE, ConsoleView.locale(request).toLanguageTag());
        headers.put("X-Client-Id", "web-console"); // the events' client: recorded through the console
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return headers;
    }

    private static Mono<Authentication> signedIn() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .switchIfEmpty(Mono.error(new IllegalStateException("the console calls the API only when signed in")));
    }

    /**
     * A file as the API serves it to the signed-in user (a case's attachment: the query side's, so always in
     * process, where this console runs).
     */
    Mono<InProcessApi.Download> download(ServerRequest request, String path) {
        Map<String, String> headers = Map.of(HttpHeaders.ACCEPT_LANGUAGE, ConsoleView.locale(request).toLanguageTag(),
                "X-Client-Id", "web-console");
        return signedIn().flatMap(user -> api.download(user, path, headers));
    }

    /** In process unless another side is configured and this application has no rule for the endpoint. */
    private boolean servedHere(HttpMethod method, String path) {
        int query = path.indexOf('?');
        return remote == null || served.rolesFor(method, query < 0 ? path : path.substring(0, query)).isPresent();
    }

    private Outcome outcome(InProcessApi.Answer answer) {
        JsonNode body;
        try {
            body = answer.body().isEmpty() ? MissingNode.getInstance() : json.readTree(answer.body());
        } catch (JsonProcessingException notJson) {
            body = MissingNode.getInstance();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : body.path("errors")) {
            errors.putIfAbsent(error.path("field").asText(), error.path("message").asText());
        }
        return new Outcome(answer.status(), body, errors);
    }
}
