package com.serviceledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.command.testing.TestOrganisation;
import com.serviceledger.kernel.servicerequest.DelayAnnounced;
import com.serviceledger.kernel.servicerequest.ServicePlanned;
import com.serviceledger.kernel.servicerequest.ServiceRequestReceived;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaBreached;
import com.serviceledger.kernel.servicerequest.ServiceRequestSlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service request command API over real HTTP, against a real database; run once per supported
 * database by the subclasses.
 */
abstract class ServiceRequestCommandApiContract {

    static final String RECEIVE = """
            {"channel":"ON_SITE","customer":{"name":"Li Wei","phone":"13812341234","email":"li@example.com"},
             "category":"BUSINESS_ASSISTANCE","description":"Open a weighbridge account",
             "target":{"subsidiaryId":"sub-1","departmentId":"dept-sales","postId":"weighbridge"}}""";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestOrganisation organisation;
    WebTestClient http;

    @BeforeEach
    void client() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("tester", "tester")).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
    }

    String receive(String body) {
        return http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("serviceRequestId").toString();
    }

    void stepOk(String id, String step, String body) {
        step(id, step, body).expectStatus().isOk()
                .expectHeader().exists("X-Correlation-Id")
                .expectBody().jsonPath("$.serviceRequestId").isEqualTo(id);
    }

    WebTestClient.ResponseSpec step(String id, String step, String body) {
        var request = http.post().uri("/api/service-requests/{id}/{step}", id, step)
                .contentType(MediaType.APPLICATION_JSON);
        return (body == null ? request : request.bodyValue(body)).exchange();
    }

    List<? extends DomainEventMessage<?>> events(String id) {
        return eventStore.readEvents(id).asStream().toList();
    }

    /** Takes a received request to the planned state, due in {@code dueIn}. */
    String planned(Duration dueIn) {
        String id = receive(RECEIVE);
        stepOk(id, "assign", "{\"assigneeId\":\"agent-7\"}");
        stepOk(id, "assess", "{\"nature\":\"account\",\"difficulty\":\"LOW\",\"resources\":\"one clerk\"}");
        stepOk(id, "plan", "{\"goal\":\"Account open\",\"steps\":[\"check\",\"create\"],\"ownerId\":\"clerk-3\","
                + "\"dueAt\":\"" + Instant.now().plus(dueIn).atOffset(ZoneOffset.ofHours(8)) + "\"}");
        return id;
    }

    @Test
    void receivedRequestIsStoredWithItsResponseDueTimeAndWhoAndWhyInItsMetadata() {
        String id = http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON)
                .header("X-Correlation-Id", "corr-sr-1").bodyValue(RECEIVE)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/service-requests/SRQ-.*")
                .expectBody(Map.class).returnResult().getResponseBody().get("serviceRequestId").toString();

        var event = events(id).get(0);
        ServiceRequestReceived received = (ServiceRequestReceived) event.getPayload();
        assertThat(received.responseDueAt()).isEqualTo(received.receivedAt().plus(Duration.ofMinutes(30)));
        assertThat(received.policyVersion()).isEqualTo("default-1");
        assertThat(received.timeZone()).isEqualTo("Asia/Shanghai");
        assertThat(event.getMetaData()).containsEntry("correlationId", "corr-sr-1").containsKey("causationId");
    }

    @Test
    void aSubsidiarysPublishedPolicyVersionSetsTheResponseTargetAndIsRecorded() {
        String subsidiary = "sub-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        organisation.register(subsidiary);
        http.post().uri("/api/policies/{id}/versions", subsidiary).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"timeZone":"Europe/Berlin","satisfactionTargetPercent":90,
                         "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                          "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]},
                         "serviceRequest":{"responseTarget":"PT10M","warningPercents":[50]}}""")
                .exchange().expectStatus().isCreated();

        String id = receive(RECEIVE.replace("sub-1", subsidiary));

        ServiceRequestReceived received = (ServiceRequestReceived) events(id).get(0).getPayload();
        assertThat(received.policyVersion()).isEqualTo(subsidiary + "/v1");
        assertThat(received.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(received.responseDueAt()).isEqualTo(received.receivedAt().plus(Duration.ofMinutes(10)));
    }

    @Test
    void wholeLifecycleOverHttpWithMaterialsDelayAndRework() {
        String id = receive(RECEIVE);
        stepOk(id, "request-materials", "{\"missingItems\":[\"licence copy\",\"authorisation letter\"]}");
        stepOk(id, "materials-received", null);
        stepOk(id, "assign", "{\"assigneeId\":\"agent-7\"}");
        stepOk(id, "assess", "{\"nature\":\"account\",\"difficulty\":\"MEDIUM\",\"resources\":\"one clerk\"}");
        stepOk(id, "plan", "{\"goal\":\"Account open\",\"steps\":[\"check\",\"create\"],\"ownerId\":\"clerk-3\","
                + "\"dueAt\":\"2099-01-01T17:00:00+08:00\"}");
        stepOk(id, "progress", "{\"note\":\"documents checked\"}");
        stepOk(id, "delay", "{\"reason\":\"system outage\",\"newDueAt\":\"2099-01-02T17:00:00+08:00\"}");
        stepOk(id, "deliver", "{\"summary\":\"Account 4711\"}");
        stepOk(id, "reject", "{\"reasons\":[\"wrong account type\"]}");
        stepOk(id, "deliver", "{\"summary\":\"Account 4712\"}");
        stepOk(id, "accept", null);
        stepOk(id, "satisfaction", "{\"score\":4,\"comment\":\"friendly\"}");
        stepOk(id, "close", null);

        var stored = events(id);
        assertThat(stored).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                "ServiceRequestReceived", "MaterialsRequested", "FirstResponseMade", "MaterialsReceived",
                "ServiceRequestAssigned", "ServiceRequestAssessed", "ServicePlanned", "ProgressReported",
                "DelayAnnounced", "ServiceDelivered", "DeliveryRejected", "ServiceDelivered", "DeliveryAccepted",
                "SatisfactionRecorded", "ServiceRequestClosed");
        assertThat(stored).extracting(DomainEventMessage::getPayload)
                .anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(ServicePlanned.class,
                        plan -> assertThat(plan.dueAt()).isEqualTo(Instant.parse("2099-01-01T09:00:00Z"))))
                .anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(DelayAnnounced.class,
                        delay -> assertThat(delay.inTime()).isTrue()));
    }

    @Test
    void missingCategoryIsA400ProblemNamingTheFieldAndStoresNothing() {
        long before = storedEvents();
        http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(RECEIVE.replace("\"category\":\"BUSINESS_ASSISTANCE\",", ""))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("category");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownCategoryIsA400ProblemNamingTheField() {
        http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(RECEIVE.replace("BUSINESS_ASSISTANCE", "GOSSIP"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("category");
    }

    @Test
    void materialsRequestWithoutItemsIsA400Problem() {
        String id = receive(RECEIVE);
        step(id, "request-materials", "{\"missingItems\":[]}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("missingItems");
    }

    @Test
    void secondMaterialsRequestIsA422RuleViolationAndStoresNothing() {
        String id = receive(RECEIVE);
        stepOk(id, "request-materials", "{\"missingItems\":[\"licence copy\"]}");
        step(id, "request-materials", "{\"missingItems\":[\"bank statement\"]}")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:rule-violation")
                .jsonPath("$.errors[0].field").isEqualTo("missingItems")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("一次性告知"));
        assertThat(events(id)).hasSize(3);
    }

    @Test
    void planWithoutADueTimeIsA400ProblemNamingTheField() {
        String id = receive(RECEIVE);
        stepOk(id, "assign", "{\"assigneeId\":\"agent-7\"}");
        stepOk(id, "assess", "{\"nature\":\"n\",\"difficulty\":\"LOW\",\"resources\":\"r\"}");
        step(id, "plan", "{\"goal\":\"g\",\"steps\":[\"s\"],\"ownerId\":\"clerk-3\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dueAt");
    }

    @Test
    void planDueInThePastIsA422Problem() {
        String id = receive(RECEIVE);
        stepOk(id, "assign", "{\"assigneeId\":\"agent-7\"}");
        stepOk(id, "assess", "{\"nature\":\"n\",\"difficulty\":\"LOW\",\"resources\":\"r\"}");
        step(id, "plan", "{\"goal\":\"g\",\"steps\":[\"s\"],\"ownerId\":\"clerk-3\",\"dueAt\":\"2020-01-01T00:00:00Z\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dueAt");
    }

    @Test
    void satisfactionOutOfRangeIsA400ProblemNamingTheField() {
        String id = receive(RECEIVE);
        step(id, "satisfaction", "{\"score\":6}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("score");
    }

    @Test
    void deliveryBeforeThePlanIsA409ProblemAndStoresNothing() {
        String id = receive(RECEIVE);
        step(id, "deliver", "{\"summary\":\"done\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:out-of-order");
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void unknownServiceRequestIsA404Problem() {
        step("SRQ-does-not-exist", "assign", "{\"assigneeId\":\"agent-7\"}")
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void retriedReceiveWithTheSameIdempotencyKeyReturnsTheFirstRequest() {
        long before = storedEvents();
        var first = http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "sr-retry-1").bodyValue(RECEIVE).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        var second = http.post().uri("/api/service-requests").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "sr-retry-1").bodyValue(RECEIVE).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(second.get("serviceRequestId")).isEqualTo(first.get("serviceRequestId"));
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void firstResponseTimerFiresFromThePersistentSchedulerAndRecordsTheBreach() {
        // sub-fast's policy (test configuration): first response within 1 s
        String id = receive(RECEIVE.replace("sub-1", "sub-fast"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events(id))
                .anySatisfy(e -> assertThat(e.getPayload()).isInstanceOfSatisfying(ServiceRequestSlaBreached.class,
                        b -> assertThat(b.target()).isEqualTo(ServiceRequestSlaTarget.FIRST_RESPONSE))));
    }

    @Test
    void deliveryTimerFiresAtThePlansDueTime() {
        String id = planned(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events(id))
                .anySatisfy(e -> assertThat(e.getPayload()).isInstanceOfSatisfying(ServiceRequestSlaBreached.class,
                        b -> assertThat(b.target()).isEqualTo(ServiceRequestSlaTarget.DELIVERY))));
    }
}
