package com.serviceledger.command.api;

import static com.serviceledger.command.api.CustomerCases.receiveComplaint;
import static com.serviceledger.command.api.CustomerCases.receiveServiceRequest;
import static com.serviceledger.command.api.CustomerCases.uniquePhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.app.CommandSideApplication;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The per-user limit on clear reads over real HTTP: 3 per 10 minutes here (the default is 20), with a clock the
 * test moves, so the window passes without waiting.
 */
@SpringBootTest(classes = {CommandSideApplication.class, CustomerDisclosureLimitTest.MovableTime.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:disclosure-limit;DB_CLOSE_DELAY=-1",
                "serviceledger.privacy.disclosure-limit.per-user=3",
                "serviceledger.privacy.disclosure-limit.window=10m",
                "spring.application.name=command-side-disclosure-limit-test"})
class CustomerDisclosureLimitTest {

    /** Real time plus an offset the test advances. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            ahead.updateAndGet(current -> current.plus(by));
        }

        @Override
        public Instant instant() {
            return Clock.systemUTC().instant().plus(ahead.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    // not @TestConfiguration: other tests start apps whose component scan would take it in too
    static class MovableTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    MovableClock clock;

    @Test
    void theFourthDisclosureWithinTheWindowIsA429ThatRevealsAndRecordsNothingAndTheWindowFreesItsPlaces() {
        String phone = uniquePhone();
        String complaint = receiveComplaint(http("tester"), "钱七", phone, null);
        String request = receiveServiceRequest(http("tester"), "钱七", phone);

        disclose("agent", "complaints", complaint).expectStatus().isOk();
        disclose("agent", "service-requests", request).expectStatus().isOk();
        clock.advance(Duration.ofMinutes(5));
        disclose("agent", "complaints", complaint).expectStatus().isOk();
        long complaintEvents = disclosures(complaint);
        long requestEvents = disclosures(request);

        for (String kind : new String[] {"complaints", "service-requests"}) {
            EntityExchangeResult<String> refused = disclose("agent", kind, kind.equals("complaints") ? complaint
                    : request).expectStatus().isEqualTo(429)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    // the oldest place frees up 10 minutes after it was taken, 5 minutes from now
                    .expectHeader().valueEquals("Retry-After", "300")
                    .expectBody(String.class).returnResult();
            assertThat(refused.getResponseBody()).contains("\"type\":\"urn:serviceledger:problem:too-many-disclosures\"")
                    .doesNotContain(phone, "钱七");
        }
        assertThat(disclosures(complaint)).isEqualTo(complaintEvents);
        assertThat(disclosures(request)).isEqualTo(requestEvents);

        // another user has a budget of their own
        disclose("handler", "complaints", complaint).expectStatus().isOk()
                .expectBody().jsonPath("$.phone").isEqualTo("+86" + phone);

        // the first two places free up after the window; the refused requests took none
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        disclose("agent", "complaints", complaint).expectStatus().isOk().expectBody().jsonPath("$.phone")
                .isEqualTo("+86" + phone);
        disclose("agent", "service-requests", request).expectStatus().isOk();
        disclose("agent", "complaints", complaint).expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "299");
        assertThat(disclosures(complaint)).isEqualTo(complaintEvents + 2);
        assertThat(disclosures(request)).isEqualTo(requestEvents + 1);
    }

    @Test
    void onlyDisclosuresThatReturnedTheContactCount() {
        String complaint = receiveComplaint(http("tester"), "孙八", uniquePhone(), null);
        for (int i = 0; i < 5; i++) {
            disclose("supervisor", "complaints", "CMP-unknown-" + uniquePhone()).expectStatus().isNotFound();
            disclose("supervisor", "service-requests", "SR-unknown-" + uniquePhone()).expectStatus().isNotFound();
        }
        for (int i = 0; i < 3; i++) {
            disclose("supervisor", "complaints", complaint).expectStatus().isOk();
        }
        disclose("supervisor", "complaints", complaint).expectStatus().isEqualTo(429);
        assertThat(disclosures(complaint)).isEqualTo(3);
    }

    private WebTestClient http(String user) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth(user, user)).build();
    }

    private WebTestClient.ResponseSpec disclose(String user, String kind, String id) {
        return http(user).post().uri("/api/{kind}/{id}/customer-disclosures", kind, id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"purpose\":\"call back about the refund\"}")
                .exchange();
    }

    private long disclosures(String id) {
        return eventStore.readEvents(id).asStream()
                .filter(event -> event.getPayload() instanceof CustomerContactDisclosed).count();
    }
}
