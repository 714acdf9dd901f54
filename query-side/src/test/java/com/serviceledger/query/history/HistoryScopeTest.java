package com.serviceledger.query.history;

import static com.serviceledger.query.support.ComplaintEvents.callback;
import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static com.serviceledger.query.support.ComplaintEvents.resolved;
import static com.serviceledger.query.support.ComplaintEvents.solutionRejected;
import static com.serviceledger.query.support.ComplaintEvents.verified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.serviceledger.kernel.common.FreeText;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The history within the reader's scope, and without a case's words for a reader who gets figures only
 * (test users: src/test/resources/config/application.properties).
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryScopeTest {

    private static final String CONTENT = "The weighbridge clerk kept us waiting";
    private static final String DEMAND = "A second scale at peak hours";
    private static final String PURPOSE = "Calling back about the second scale";
    /** Every free text the complaint's events carry (ComplaintEvents' fixed words beside the ones above). */
    private static final List<String> WORDS = List.of(CONTENT, DEMAND, PURPOSE, "Second scale opened at peak hours",
            "Second scale opened; clerk coached", "Still waiting too long", "Clerk ignored the queue", "called back");

    private final ComplaintEventLog log;
    private final Api api;
    private final String inSub1 = newComplaintId();
    private final String inSub2 = newComplaintId();
    private final String correlation = "corr-" + UUID.randomUUID();
    private final Instant at = Instant.parse("2026-04-10T01:00:00Z");

    HistoryScopeTest(ComplaintEventLog log, Api api) {
        this.log = log;
        this.api = api;
    }

    /** A complaint of sub-1's sales department through every event that carries words; one of sub-2. */
    @BeforeAll
    void complaints() {
        log.eventStore().publish(List.of(
                event(inSub1, 0, received(inSub1, "sub-1", at).department("dept-sales").saying(CONTENT, DEMAND)
                        .event()),
                event(inSub1, 1, contacted(inSub1, at.plusSeconds(600), true, true)),
                event(inSub1, 2, resolved(inSub1, at.plusSeconds(1200), true, at.plusSeconds(9000))),
                event(inSub1, 3, solutionRejected(inSub1, at.plusSeconds(1800))),
                event(inSub1, 4, verified(inSub1, at.plusSeconds(2400), at)),
                event(inSub1, 5, callback(inSub1, at.plusSeconds(3000), true, true)),
                event(inSub1, 6, new CustomerContactDisclosed(inSub1, "CUS-FIXTURE", PURPOSE, at.plusSeconds(3600))),
                event(inSub2, 0, received(inSub2, "sub-2", at).department("dept-sales").saying(CONTENT, DEMAND)
                        .event())));
        await().atMost(ComplaintEventLog.PATIENCE).pollInterval(Duration.ofMillis(100)).until(() ->
                ((Number) api.json("/api/history?correlationId=" + correlation).get("total")).intValue() == 8);
    }

    private EventMessage<?> event(String id, long seq, Object payload) {
        return new GenericDomainEventMessage<>("Complaint", id, seq, payload, MetaData.from(Map.of(
                MetadataKeys.PRINCIPAL, "history-scope-test", MetadataKeys.CORRELATION_ID, correlation)));
    }

    @Test
    void an_analyst_sees_the_events_structure_and_figures_but_no_word_of_the_case() {
        String body = history("analyst", "aggregateId=" + inSub1).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains(inSub1, "ComplaintReceived", "CustomerContacted", "ComplaintResolved",
                "SolutionRejected", "ComplaintVerified", "CallbackRecorded", "CustomerContactDisclosed",
                "dept-sales", "ATTITUDE", "\"withinTarget\":true", "2026-04-10T01:00:00", FreeText.REDACTED);
        assertThat(body).doesNotContain(WORDS).doesNotContain("\"text\"");
    }

    @Test
    void a_case_reader_and_an_auditor_read_the_words() {
        for (String reader : List.of("auditor", "supervisor")) {
            assertThat(history(reader, "aggregateId=" + inSub1).expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody())
                    .as(reader).contains(WORDS).doesNotContain(FreeText.REDACTED);
        }
    }

    @Test
    void an_analyst_cannot_search_the_words() {
        history("analyst", "q=weighbridge").expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
    }

    @Test
    void a_case_outside_the_scope_is_not_found_like_an_unknown_one() {
        history("sub1-worker", "aggregateId=" + inSub2).expectStatus().isNotFound();
        history("sub1-worker", "aggregateId=CMP-no-such-case").expectStatus().isNotFound();
        history("sub1-worker", "aggregateId=" + inSub1).expectStatus().isOk();
        history("auditor", "aggregateId=" + inSub2).expectStatus().isOk();
    }

    @Test
    void a_search_holds_only_the_scopes_events() {
        String body = history("sub1-worker", "correlationId=" + correlation + "&size=100").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains(inSub1).doesNotContain(inSub2);
        history("dept-worker", "correlationId=" + correlation + "&size=100").expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(7);
        history("nobody", "correlationId=" + correlation).expectStatus().isForbidden();
    }

    @Test
    void a_unit_filter_outside_the_scope_is_refused_naming_it() {
        history("sub1-worker", "subsidiaryId=sub-2").expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("subsidiaryId");
        history("dept-worker", "subsidiaryId=sub-1&departmentId=dept-other").expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("departmentId");
        history("dept-worker", "departmentId=dept-other").expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("departmentId");
        history("dept-worker", "subsidiaryId=sub-1&departmentId=dept-sales").expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec history(String user, String query) {
        return api.as(user).get().uri("/api/history?" + query).exchange();
    }
}
