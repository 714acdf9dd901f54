package com.serviceledger.query.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.platform.security.AccessTable;
import com.serviceledger.platform.security.SecurityProperties;
import com.serviceledger.platform.web.InProcessApi;
import com.serviceledger.query.security.QueryAccessRules;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * The console on the query side alone (production): a command, which this side does not serve, goes to the
 * command side's API over HTTP with the user's access token, its idempotency key and language, and the command
 * side's refusal comes back with its field errors. A real HTTP server stands for the command side.
 */
class ConsoleApiForwardingTest {

    private final Map<String, String> received = new ConcurrentHashMap<>();
    private HttpServer commandSide;

    @BeforeEach
    void startCommandSide() throws Exception {
        commandSide = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        commandSide.createContext("/api/complaints", exchange -> {
            received.put("method", exchange.getRequestMethod());
            received.put("path", exchange.getRequestURI().getPath());
            received.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            received.put("key", String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            received.put("language", String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Language")));
            received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] problem = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid field(s): customer.phone",
                     "errors":[{"field":"customer.phone","message":"must be a valid phone number"}]}"""
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(400, problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
        });
        commandSide.start();
    }

    @AfterEach
    void stop() {
        commandSide.stop(0);
    }

    @Test
    void aCommandTheQuerySideDoesNotServeGoesToTheCommandSideWithTheUsersToken() {
        ConsoleApi api = console("http://127.0.0.1:" + commandSide.getAddress().getPort());
        var token = new JwtAuthenticationToken(Jwt.withTokenValue("the-access-token").header("alg", "RS256")
                .subject("agent-1").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build(),
                List.of(new SimpleGrantedAuthority("ROLE_AGENT")));
        var request = ServerRequest.create(MockServerWebExchange.from(MockServerHttpRequest.post("/console/intake")
                .header("Accept-Language", "zh-CN")), HandlerStrategies.withDefaults().messageReaders());

        var outcome = api.post(request, "/api/complaints", Map.of("content", "Lift stuck"), "form-key-1")
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(token))
                .block();

        assertThat(received).containsEntry("method", "POST").containsEntry("path", "/api/complaints")
                .containsEntry("authorization", "Bearer the-access-token").containsEntry("key", "form-key-1")
                .containsEntry("language", "zh-CN").containsEntry("body", "{\"content\":\"Lift stuck\"}");
        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.errors()).containsExactly(Map.entry("customer.phone", "must be a valid phone number"));
        assertThat(outcome.problem()).isEqualTo("Invalid field(s): customer.phone");
    }

    private static ConsoleApi console(String commandSideUrl) {
        var beans = new StaticListableBeanFactory();
        var security = new SecurityProperties(SecurityProperties.Mode.JWT, List.of(),
                new SecurityProperties.Jwt("roles", "preferred_username", "staff_id", "units"), "ServiceLedger");
        var signIn = new ConsoleSignIn(security, beans.getBeanProvider(
                ReactiveClientRegistrationRepository.class));
        var tokens = new ConsoleAccessTokens(signIn, beans.getBeanProvider(
                ReactiveClientRegistrationRepository.class),
                beans.getBeanProvider(
                        ServerOAuth2AuthorizedClientRepository.class));
        // the query side's own endpoints only: a command is not among them
        var served = new AccessTable(List.of(new QueryAccessRules()));
        return new ConsoleApi(new InProcessApi(null), new ObjectMapper(), served,
                new ConsoleProperties(commandSideUrl), beans.getBeanProvider(WebClient.Builder.class), tokens);
    }
}
