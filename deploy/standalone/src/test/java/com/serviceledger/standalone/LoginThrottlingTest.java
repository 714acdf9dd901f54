package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.platform.security.LoginThrottleProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Basic login throttle over real HTTP: after {@code max-failures} wrong passwords for one user name, the next
 * attempt, even with the right password, is a 429 problem with {@code Retry-After}, while another user logs in as
 * usual; a success forgets the failures before it. Each test locks its own user ({@code locked-out},
 * {@code forgiven}): the context is shared, a locked {@code tester} would fail every other class. The lockout's
 * end, and the per-address count, are the platform's {@code LoginThrottleTest} and {@code ConfiguredUsersTest}
 * (a clock they move; every client here is 127.0.0.1).
 */
@StandaloneOnH2
class LoginThrottlingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottleProperties settings;

    record Answer(int status, String contentType, String retryAfter, String challenge, JsonNode body) {
    }

    @Test
    void afterTheMaxFailuresEvenTheRightPasswordIsA429WithRetryAfterAndOtherUsersAreUnaffected() throws Exception {
        for (int i = 0; i < settings.maxFailures(); i++) {
            assertThat(me("locked-out", "guess-" + i).status()).isEqualTo(401);
        }

        Answer locked = me("locked-out", "locked-out");
        assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.body().path("type").asText()).isEqualTo("urn:serviceledger:problem:too-many-login-failures");
        assertThat(locked.challenge()).as("no challenge: other credentials would not help now").isNull();
        long retryAfter = Long.parseLong(locked.retryAfter());
        assertThat(retryAfter).isBetween(1L, settings.lockout().toSeconds());
        assertThat(locked.body().path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        // a wrong password is refused alike: the lockout says nothing about the password
        assertThat(me("locked-out", "guess").status()).isEqualTo(429);

        assertThat(me("agent", "agent").status()).as("another user").isEqualTo(200);
    }

    @Test
    void aSuccessForgetsTheFailuresBeforeIt() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < settings.maxFailures() - 1; i++) {
                assertThat(me("forgiven", "guess").status()).isEqualTo(401);
            }
            assertThat(me("forgiven", "forgiven").status()).as("round " + round).isEqualTo(200);
        }
    }

    private Answer me(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("WWW-Authenticate").orElse(null), body);
        }
    }
}
