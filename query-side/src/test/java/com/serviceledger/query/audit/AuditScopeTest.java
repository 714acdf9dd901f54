package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.query.history.Unit;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.QuerySideTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The audit within the auditor's scope: a case outside it is not there, a slice holds the scope's cases only and
 * a unit outside it is refused (test users: src/test/resources/config/application.properties).
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditScopeTest {

    private final EventStore eventStore;
    private final Api api;
    /** A period of its own (a day far from every other test's events), so nothing else falls in it. */
    private final LocalDate day = LocalDate.of(2050, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    private final Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(1));
    private final String period = "from=" + day + "&to=" + day.plusDays(1);

    private final String sales = newComplaintId();       // sub-1, dept-sales
    private final String forwardedOut = newComplaintId(); // sub-1, filed with dept-sales, forwarded to dept-other
    private final String other = newComplaintId();       // sub-1, dept-other
    private final String elsewhere = newComplaintId();   // sub-2

    AuditScopeTest(EventStore eventStore, Api api) {
        this.eventStore = eventStore;
        this.api = api;
    }

    @BeforeAll
    void cases() {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        events.add(event(sales, 0, received(sales, "sub-1", at).department("dept-sales").event(), at));
        events.add(event(forwardedOut, 0, received(forwardedOut, "sub-1", at).department("dept-sales").event(), at));
        events.add(event(other, 0, received(other, "sub-1", at).department("dept-other").event(), at));
        events.add(event(elsewhere, 0, received(elsewhere, "sub-2", at).department("dept-sales").event(), at));
        Instant later = at.plusSeconds(600);
        events.add(event(sales, 1, contacted(sales, later, true, true), later));
        events.add(event(forwardedOut, 1, forwarded(forwardedOut, "dept-other", later), later));
        events.add(event(elsewhere, 1, contacted(elsewhere, later, true, true), later));
        eventStore.publish(events);
    }

    private static GenericDomainEventMessage<?> event(String id, long seq, Object payload, Instant timestamp) {
        return new GenericDomainEventMessage<>("Complaint", id, seq, payload, MetaData.from(Map.of(
                MetadataKeys.PRINCIPAL, "audit-scope-test")), UUID.randomUUID().toString(), timestamp);
    }

    @Test
    void a_case_outside_the_scope_is_not_found_on_every_case_endpoint() {
        for (String endpoint : List.of("events", "state", "verification")) {
            get("sub1-worker", "/api/audit/cases/" + elsewhere + "/" + endpoint).expectStatus().isNotFound();
            get("sub1-worker", "/api/audit/cases/" + sales + "/" + endpoint).expectStatus().isOk();
            get("auditor", "/api/audit/cases/" + elsewhere + "/" + endpoint).expectStatus().isOk();
            // a department's auditor: the department the case was filed with
            get("dept-worker", "/api/audit/cases/" + other + "/" + endpoint).expectStatus().isNotFound();
            get("dept-worker", "/api/audit/cases/" + forwardedOut + "/" + endpoint).expectStatus().isOk();
        }
        get("sub1-worker", "/api/audit/cases/" + elsewhere + "/events?untilSequence=0").expectStatus().isNotFound();
    }

    @Test
    void the_export_holds_only_the_scopes_cases() {
        assertThat(cases(export("auditor", period))).containsOnlyKeys(sales, forwardedOut, other, elsewhere);
        Map<String, Unit> sub1 = cases(export("sub1-worker", period));
        assertThat(sub1).containsOnlyKeys(sales, forwardedOut, other);
        assertThat(sub1.values()).extracting(Unit::subsidiaryId).containsOnly("sub-1");
        assertThat(cases(export("dept-worker", period))).containsOnlyKeys(sales, forwardedOut);
        assertThat(cases(export("sub1-worker", period + "&unit=sub-1"))).containsOnlyKeys(sales, forwardedOut, other);
    }

    @Test
    void a_slice_verification_counts_only_the_scopes_cases() {
        get("sub1-worker", "/api/audit/verification?" + period).expectStatus().isOk()
                .expectBody().jsonPath("$.cases").isEqualTo(3).jsonPath("$.events").isEqualTo(5);
        get("auditor", "/api/audit/verification?" + period).expectStatus().isOk()
                .expectBody().jsonPath("$.cases").isEqualTo(4);
    }

    @Test
    void a_unit_outside_the_scope_is_refused_naming_it() {
        for (String endpoint : List.of("/api/audit/export?", "/api/audit/verification?")) {
            get("sub1-worker", endpoint + period + "&unit=sub-2").expectStatus().isForbidden()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("unit");
        }
    }

    /** Each exported case with the unit its first line files it under. */
    private static Map<String, Unit> cases(List<JsonNode> lines) {
        Map<String, Unit> cases = new LinkedHashMap<>();
        lines.forEach(line -> cases.putIfAbsent(line.get("aggregateId").asText(),
                Unit.namedIn(line.get("payload"))));
        return cases;
    }

    private List<JsonNode> export(String user, String query) {
        byte[] body = get(user, "/api/audit/export?" + query).expectStatus().isOk().expectBody(byte[].class)
                .returnResult().getResponseBody();
        return body == null ? List.of() : Arrays.stream(new String(body, StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.isEmpty()).map(line -> EventHash.parse(line.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private WebTestClient.ResponseSpec get(String user, String uri) {
        return api.as(user).get().uri(uri).exchange();
    }
}
