package com.serviceledger.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.serviceledger.command.app.CommandSideApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The production mode: bearer tokens verified by a real decoder against the issuer's public key (generated here,
 * as an identity provider would hold it), roles read from a nested claim, over real HTTP.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:jwt-access;DB_CLOSE_DELAY=-1",
                "serviceledger.security.mode=jwt",
                "serviceledger.security.jwt.roles-claim=realm_access.roles"})
@Import(JwtAccessTest.Issuer.class)
@ExtendWith(OutputCaptureExtension.class)
class JwtAccessTest {

    static final RSAKey ISSUER_KEY = rsaKey("issuer");
    static final RSAKey FORGER_KEY = rsaKey("issuer");
    static final String RECEIVE = """
            {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
             "content":"Invoice printed twice","demand":"Refund",
             "target":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},"urgency":"NORMAL"}""";

    @TestConfiguration(proxyBeanMethods = false)
    static class Issuer {
        @Bean
        ReactiveJwtDecoder jwtDecoder() throws JOSEException {
            return NimbusReactiveJwtDecoder.withPublicKey(ISSUER_KEY.toRSAPublicKey()).build();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    LoggingSystem logging;
    WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void aTokenWithTheRoleIsLetThroughAndItsUserIsThePrincipal() {
        String token = token(ISSUER_KEY, Map.of("sub", "f81d4fae", "preferred_username", "li.na",
                "realm_access", Map.of("roles", List.of("agent", "offline_access")), "units", List.of("*")));

        String id = receive(token).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();

        assertThat(eventStore.readEvents(id).asStream().toList())
                .singleElement().satisfies(e -> assertThat(e.getMetaData()).containsEntry("principal", "li.na"));
    }

    @Test
    void withoutAUserNameClaimTheSubjectIsThePrincipal() {
        String token = token(ISSUER_KEY, Map.of("sub", "f81d4fae", "realm_access", Map.of("roles", List.of("AGENT")),
                "units", "*"));

        String id = receive(token).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();

        assertThat(eventStore.readEvents(id).asStream().toList())
                .singleElement().satisfies(e -> assertThat(e.getMetaData()).containsEntry("principal", "f81d4fae"));
    }

    @Test
    void aTokenScopedElsewhereReceivesNoComplaintThereAndOneWithoutUnitsNone() {
        for (Object units : List.of("sub-2 sub-1/dept-sales", List.of())) {
            String token = token(ISSUER_KEY, Map.of("sub", "ag-4", "realm_access", Map.of("roles", List.of("agent")),
                    "units", units));
            receive(token).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:out-of-scope")
                    .jsonPath("$.errors[0].field").isEqualTo("target.subsidiaryId");
        }
    }

    @Test
    void aTokenWithoutTheRoleIsForbidden() {
        String token = token(ISSUER_KEY, Map.of("sub", "an-1", "preferred_username", "analyst",
                "realm_access", Map.of("roles", List.of("analyst"))));

        receive(token).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:forbidden");
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() {
        String forged = token(FORGER_KEY, Map.of("sub", "mallory", "preferred_username", "mallory",
                "realm_access", Map.of("roles", List.of("agent", "admin"))));

        receive(forged).expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:unauthenticated");
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("li.na")
                .claim("realm_access", Map.of("roles", List.of("agent")))
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1)))).build();

        receive(sign(ISSUER_KEY, claims)).expectStatus().isUnauthorized();
    }

    @Test
    void noTokenAndBasicCredentialsAreUnauthenticatedButHealthIsOpen() {
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(RECEIVE).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:unauthenticated");
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBasicAuth("tester", "tester")).bodyValue(RECEIVE).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiDescriptionIsOpenAndNamesTheBearerSchemeTheRolesAndTheCommandHeaders() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").value(version -> assertThat(version.toString()).startsWith("3."))
                .jsonPath("$.components.securitySchemes.bearerAuth.scheme").isEqualTo("bearer")
                .jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat").isEqualTo("JWT")
                .jsonPath("$.paths['/api/complaints/{complaintId}/forward'].post.x-roles")
                .value(roles -> assertThat((List<Object>) roles).containsExactlyInAnyOrder("AGENT", "DEPARTMENT_HEAD"))
                .jsonPath("$.paths['/api/complaints/{complaintId}/forward'].post.parameters[*].name")
                .value(names -> assertThat((List<Object>) names).contains("complaintId", "Idempotency-Key",
                        "X-Correlation-Id"))
                .jsonPath("$.paths['/api/complaints/{complaintId}/forward'].post.responses")
                .value(responses -> assertThat(((Map<Object, Object>) responses).keySet())
                        .contains("400", "401", "403", "404", "409", "422", "503"))
                .jsonPath("$.paths['/api/complaints'].post.responses")
                .value(responses -> assertThat(((Map<Object, Object>) responses).keySet()).doesNotContain("404"))
                // a clear read is sent once, never kept as an idempotent outcome; an erased customer is gone
                .jsonPath("$.paths['/api/complaints/{complaintId}/customer-disclosures'].post.parameters[*].name")
                .value(names -> assertThat((List<Object>) names).contains("X-Correlation-Id")
                        .doesNotContain("Idempotency-Key"))
                .jsonPath("$.paths['/api/complaints/{complaintId}/customer-disclosures'].post.responses['410']"
                        + ".content['application/problem+json'].schema['$ref']")
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void theProbesAreOpenReadinessIncludesTheDatabaseAndHealthTheProcessors() {
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        String admin = token(ISSUER_KEY, Map.of("sub", "ad-1", "realm_access", Map.of("roles", List.of("admin"))));
        http.get().uri("/actuator/health/readiness").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.processors").doesNotExist();
        http.get().uri("/actuator/health").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.processors.status").isEqualTo("UP");
    }

    @Test
    void theCorrelationIdMadeForARequestIsTheOneItsEventsCarry() {
        String token = token(ISSUER_KEY, Map.of("sub", "ag-2", "realm_access", Map.of("roles", List.of("agent")),
                "units", "sub-1"));
        var result = receive(token).expectStatus().isCreated()
                .expectBody(Map.class).returnResult();
        String echoed = result.getResponseHeaders().getFirst("X-Correlation-Id");
        String id = result.getResponseBody().get("complaintId").toString();

        assertThat(echoed).isNotBlank();
        assertThat(eventStore.readEvents(id).asStream().toList())
                .singleElement().satisfies(e -> assertThat(e.getMetaData()).containsEntry("correlationId", echoed));
    }

    @Test
    void theCommandHandlersLogLinesCarryTheRequestsCorrelationId(CapturedOutput output) {
        String token = token(ISSUER_KEY, Map.of("sub", "ag-3", "realm_access", Map.of("roles", List.of("agent")),
                "units", "sub-1/dept-billing"));
        String correlationId = "corr-cmd-" + System.nanoTime();
        logging.setLogLevel("com.serviceledger.command.complaint", LogLevel.DEBUG);
        try {
            http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> h.setBearerAuth(token)).header("X-Correlation-Id", correlationId)
                    .bodyValue(RECEIVE).exchange().expectStatus().isCreated();
        } finally {
            logging.setLogLevel("com.serviceledger.command.complaint", null);
        }
        // written by the aggregate's command handler, on the command pool's thread (no Reactor context there)
        assertThat(output.getOut().lines().filter(line -> line.contains("SLA checkpoint")
                        && line.contains("[" + correlationId + "]")))
                .as("the command handler's lines, with the request's correlation id in the MDC pattern")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    WebTestClient.ResponseSpec receive(String token) {
        return http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBearerAuth(token)).bodyValue(RECEIVE).exchange();
    }

    static String token(RSAKey key, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))));
        claims.forEach(builder::claim);
        return sign(key, builder.build());
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
