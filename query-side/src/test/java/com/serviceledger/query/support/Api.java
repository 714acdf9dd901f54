package com.serviceledger.query.support;

import java.time.Duration;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The query side's HTTP API, over a real connection to the running server. */
public class Api {

    private final Environment environment;
    private volatile WebTestClient http;

    Api(Environment environment) {
        this.environment = environment;
    }

    /** Built on first use: the port is known only once the server has started, after the beans. */
    public WebTestClient http() {
        if (http == null) {
            http = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + environment.getRequiredProperty("local.server.port"))
                    .responseTimeout(Duration.ofSeconds(30))
                    // a test user holding every role (src/test/resources/config/application.properties)
                    .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester"))
                    .build();
        }
        return http;
    }

    /** The API as another test user of the configuration (password = name), e.g. a scoped one. */
    public WebTestClient as(String user) {
        return http().mutate().defaultHeaders(headers -> headers.setBasicAuth(user, user)).build();
    }

    public WebTestClient.ResponseSpec get(String uri) {
        return http().get().uri(uri).exchange();
    }

    public Map<String, Object> json(String uri) {
        return get(uri).expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                })
                .returnResult().getResponseBody();
    }

    /** The view's last applied sequence number, -1 while the complaint is not in the view. */
    long lastSequence(String complaintId) {
        var result = http().get().uri("/api/complaints/{id}", complaintId).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult();
        if (result.getStatus().value() == HttpStatus.NOT_FOUND.value()) {
            return -1;
        }
        Object seq = result.getResponseBody() == null ? null : result.getResponseBody().get("lastSequence");
        return seq == null ? -1 : ((Number) seq).longValue();
    }
}
