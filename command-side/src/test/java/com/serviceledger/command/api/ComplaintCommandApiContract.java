package com.serviceledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.command.testing.TestOrganisation;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintSlaBreached;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.SlaTarget;
import com.serviceledger.platform.upcasting.ComplaintReceivedRevision2;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The command API over real HTTP, against a real database; run once per supported database by the
 * subclasses.
 */
abstract class ComplaintCommandApiContract {

    static final String RECEIVE = """
            {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
             "content":"Invoice printed twice","demand":"Refund",
             "target":{"subsidiaryId":"sub-1","departmentId":"dept-billing"},"urgency":"NORMAL"}""";

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

    /** Events of every stream but the scorecards, which the scoring relay writes in the background. */
    long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE type <> 'Scorecard'", Long.class);
    }

    String receive(String body) {
        return http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
    }

    /** A lifecycle step that must succeed and answer with the case id and the correlation id. */
    void stepOk(String id, String step, String body) {
        step(id, step, body).expectStatus().isOk()
                .expectHeader().exists("X-Correlation-Id")
                .expectBody().jsonPath("$.complaintId").isEqualTo(id);
    }

    WebTestClient.ResponseSpec step(String id, String step, String body) {
        var request = http.post().uri("/api/complaints/{id}/{step}", id, step).contentType(MediaType.APPLICATION_JSON);
        return (body == null ? request : request.bodyValue(body)).exchange();
    }

    List<? extends DomainEventMessage<?>> events(String id) {
        return eventStore.readEvents(id).asStream().toList();
    }

    @Test
    void receivedComplaintIsStoredWithWhoAndWhyInItsMetadata() {
        String id = http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .header("X-Correlation-Id", "corr-42").header("X-Client-Id", "call-centre").bodyValue(RECEIVE)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/complaints/CMP-.*")
                .expectHeader().valueEquals("X-Correlation-Id", "corr-42")
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();

        var stored = events(id);
        assertThat(stored).hasSize(1);
        var event = stored.get(0);
        assertThat(event.getPayload()).isInstanceOf(ComplaintReceived.class);
        ComplaintReceived received = (ComplaintReceived) event.getPayload();
        assertThat(received.deadlines().contactDueAt()).isEqualTo(received.receivedAt().plus(Duration.ofMinutes(30)));
        assertThat(received.policyVersion()).isEqualTo("default-1");
        assertThat(event.getMetaData())
                .containsEntry("principal", "tester")
                .containsEntry("correlationId", "corr-42")
                .containsEntry("client", "call-centre")
                .containsKey("causationId");
        assertThat(event.getMetaData().get("causationId")).isNotEqualTo(event.getIdentifier());
    }

    @Test
    void aComplaintStoredAsRevision2LoadsAsRevision3AndTakesTheNextCommand() {
        // stored by the version before the complained-about unit was renamed: a raw row, as that version wrote it
        var stored = new ComplaintReceivedRevision2("CMP-REV2-" + UUID.randomUUID(), "sub-1", "dept-billing",
                Instant.parse("2026-03-10T01:00:00Z"), "agent");
        stored.insertInto(jdbc.getDataSource());

        stepOk(stored.complaintId(), "forward", "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\"}");

        var events = events(stored.complaintId());
        assertThat(events).hasSize(2);
        ComplaintReceived received = (ComplaintReceived) events.get(0).getPayload();
        assertThat(received.complainedAbout()).isEqualTo(new ComplaintTarget("sub-1", "dept-billing", null, null));
        assertThat(events.get(1).getPayload()).isInstanceOf(ComplaintForwarded.class);
        // the new event links to the hash the older version stored
        assertThat(events.get(1).getMetaData()).containsEntry(MetadataKeys.CHAIN_PREVIOUS, stored.hash());
        // and the stored row is never rewritten: still revision 2, byte for byte
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT payloadrevision, payload FROM domainevententry WHERE eventidentifier = ?", stored.eventId());
        assertThat(row.get("payloadrevision")).isEqualTo("2");
        assertThat((byte[]) row.get("payload")).isEqualTo(stored.payload());
    }

    @Test
    void thePrincipalIsTheAuthenticatedUserWhateverTheClientClaims() {
        String forged = RECEIVE.replaceFirst("\\{", "{\"principal\":\"mallory\",\"user\":\"mallory\",");
        String id = http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBasicAuth("agent", "agent"))
                .header("X-Principal", "mallory").header("X-User", "mallory").header("X-Forwarded-User", "mallory")
                .bodyValue(forged)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("complaintId").toString();
        http.post().uri("/api/complaints/{id}/forward", id).contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBasicAuth("head", "head")).header("X-Principal", "mallory")
                .bodyValue("{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\",\"principal\":\"mallory\"}")
                .exchange().expectStatus().isOk();

        assertThat(events(id)).extracting(e -> e.getMetaData().get("principal")).containsExactly("agent", "head");
    }

    @Test
    void wholeLifecycleOverHttpInTheRegulationsOrder() {
        String id = receive(RECEIVE);
        stepOk(id, "forward", "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\"}");
        stepOk(id, "contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Refund\"}");
        stepOk(id, "handler", "{\"handlerId\":\"handler-3\"}");
        stepOk(id, "resolve", "{\"resolution\":\"Refunded\"}");
        stepOk(id, "callback", "{\"satisfaction\":5,\"solutionAccepted\":true}");
        stepOk(id, "verify", "{\"responsibleStaffId\":\"staff-9\",\"misconduct\":\"ATTITUDE\",\"findings\":\"Rude\"}");
        stepOk(id, "archive", null);

        assertThat(events(id)).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                "ComplaintReceived", "ComplaintForwarded", "CustomerContacted", "ComplaintHandlerNamed",
                "ComplaintResolved", "CallbackRecorded", "ComplaintVerified", "ComplaintArchived");
    }

    /** 001 §3.3, 002 第4篇 六 and 第1篇 六.3 over HTTP: the department's steps, the report and the final record. */
    @Test
    void departmentStepsResultReportAndOutcomeOverHttpWithTheirDueTimesInTheEvents() {
        String id = receive(RECEIVE);
        stepOk(id, "forward", "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\"}");
        step(id, "solution", "{\"solution\":\"Refund\"}").expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        stepOk(id, "investigation-result", "{\"findings\":\"Printed twice by the spooler\"}");
        stepOk(id, "solution", "{\"solution\":\"Refund\"}");
        stepOk(id, "contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Refund\"}");
        stepOk(id, "handler", "{\"handlerId\":\"handler-3\"}");
        stepOk(id, "resolve", "{\"resolution\":\"Refunded\"}");
        stepOk(id, "callback", "{\"satisfaction\":5,\"solutionAccepted\":true}");
        step(id, "outcome", "{\"finalResult\":\"Refunded\",\"evaluation\":4}").expectStatus().isEqualTo(409);
        stepOk(id, "result-report", "{\"result\":\"Refunded, customer satisfied\"}");
        step(id, "outcome", "{\"finalResult\":\"Refunded\",\"evaluation\":9}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("evaluation");
        stepOk(id, "outcome", "{\"finalResult\":\"Refunded\",\"evaluation\":4}");

        assertThat(events(id)).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                "ComplaintReceived", "ComplaintForwarded", "InvestigationResultReturned", "SolutionReturned",
                "CustomerContacted", "ComplaintHandlerNamed", "ComplaintResolved", "CallbackRecorded",
                "ComplaintResultReported", "ComplaintOutcomeRecorded");
        var payloads = events(id).stream().map(e -> (Object) e.getPayload()).toList();
        var received = (ComplaintReceived) payloads.get(0);
        // a hotline complaint owes the reply; the proposed solution gave it
        assertThat(received.deadlines().replyDueAt()).isEqualTo(received.receivedAt().plus(Duration.ofDays(3)));
        assertThat(((com.serviceledger.kernel.complaint.CustomerContacted) payloads.get(4)).withinReplyTarget())
                .isTrue();
        assertThat(((com.serviceledger.kernel.complaint.ComplaintForwarded) payloads.get(1)).investigationDueAt())
                .isNotNull();
        assertThat(((com.serviceledger.kernel.complaint.InvestigationResultReturned) payloads.get(2)).withinTarget())
                .isTrue();
        assertThat(((com.serviceledger.kernel.complaint.CallbackRecorded) payloads.get(7)).resultReportDueAt())
                .isNotNull();
        assertThat(((com.serviceledger.kernel.complaint.ComplaintOutcomeRecorded) payloads.get(9)).evaluation())
                .isEqualTo(4);
    }

    @Test
    void aPolicyVersionSetsTheInvestigationSolutionAndReplyLimits() {
        String sub = "sub-lim-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        organisation.register(sub);
        http.post().uri("/api/policies/{sub}/versions", sub).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                         "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                         "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80],
                         "investigationDays":2,"solutionDays":1,"replyDays":1,"replyDayKind":"CALENDAR"}}""")
                .exchange().expectStatus().isCreated();
        String id = receive(RECEIVE.replace("sub-1", sub));

        ComplaintReceived received = (ComplaintReceived) events(id).get(0).getPayload();
        assertThat(received.deadlines().replyDueAt()).isEqualTo(received.receivedAt().plus(Duration.ofDays(1)));
        http.post().uri("/api/policies/{sub}/versions", sub).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                         "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                         "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80],
                         "investigationDays":0}}""")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("complaint.investigationDays");
    }

    @Test
    void verificationRecordsTheStaffChainInForceWhenTheComplaintCameIn() {
        String staff = "staff-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        http.post().uri("/api/organisation/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"staffId\":\"" + staff + "\",\"name\":\"Wang Fang\",\"subsidiaryId\":\"sub-1\","
                        + "\"departmentId\":\"dept-billing\",\"supervisorId\":\"head-1\",\"groupLeaderId\":\"head-9\"}")
                .exchange().expectStatus().isCreated();
        String id = receive(RECEIVE);
        http.post().uri("/api/organisation/staff/{id}/supervisor", staff).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"supervisorId\":\"handler-3\"}").exchange().expectStatus().isOk();
        stepOk(id, "forward", "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\"}");
        stepOk(id, "contact", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Refund\"}");
        stepOk(id, "handler", "{\"handlerId\":\"handler-3\"}");
        stepOk(id, "resolve", "{\"resolution\":\"Refunded\"}");
        stepOk(id, "callback", "{\"satisfaction\":2,\"solutionAccepted\":true}");
        stepOk(id, "verify", "{\"responsibleStaffId\":\"" + staff + "\",\"misconduct\":\"ATTITUDE\",\"findings\":\"Rude\"}");

        ComplaintVerified verified = events(id).stream().map(e -> e.getPayload())
                .filter(ComplaintVerified.class::isInstance).map(ComplaintVerified.class::cast).findFirst().orElseThrow();
        assertThat(verified.responsibleChain().supervisorId()).isEqualTo("head-1");
        assertThat(verified.responsibleChain().groupLeaderId()).isEqualTo("head-9");
        assertThat(verified.responsibleChain().departmentId()).isEqualTo("dept-billing");

        http.post().uri("/api/organisation/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"staffId\":\"" + staff + "\",\"name\":\"Someone else\",\"subsidiaryId\":\"sub-1\","
                        + "\"departmentId\":\"dept-billing\"}")
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:already-exists");
    }

    @Test
    void complaintsAreDecidedUnderThePolicyVersionInForceAndKeepItAfterAChange() {
        String sub = "sub-pol-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        organisation.register(sub);
        String policy = """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"%s","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}""";
        http.post().uri("/api/policies/{sub}/versions", sub).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(policy.formatted("PT30M")).exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(1);
        String first = receive(RECEIVE.replace("sub-1", sub));
        http.post().uri("/api/policies/{sub}/versions", sub).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(policy.formatted("PT1H")).exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        String second = receive(RECEIVE.replace("sub-1", sub));

        ComplaintReceived underV1 = (ComplaintReceived) events(first).get(0).getPayload();
        ComplaintReceived underV2 = (ComplaintReceived) events(second).get(0).getPayload();
        assertThat(underV1.policyVersion()).isEqualTo(sub + "/v1");
        assertThat(underV1.deadlines().contactDueAt()).isEqualTo(underV1.receivedAt().plus(Duration.ofMinutes(30)));
        assertThat(underV2.policyVersion()).isEqualTo(sub + "/v2");
        assertThat(underV2.deadlines().contactDueAt()).isEqualTo(underV2.receivedAt().plus(Duration.ofHours(1)));

        http.post().uri("/api/policies/{sub}/versions", sub).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(policy.formatted("PT5H")).exchange().expectStatus().isEqualTo(422);
        http.post().uri("/api/policies/{sub}/versions", sub).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(policy.formatted("thirty minutes")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("complaint.contactTarget");
    }

    @Test
    void missingFieldIsA400ProblemNamingTheFieldAndStoresNothing() {
        long before = storedEvents();
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(RECEIVE.replace("\"content\":\"Invoice printed twice\",", ""))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:serviceledger:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("content");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownChannelIsA400ProblemNamingTheField() {
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(RECEIVE.replace("HOTLINE", "FAX"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("channel");
    }

    @Test
    void customerWithoutPhoneOrEmailIsRejected() {
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(RECEIVE.replace(",\"phone\":\"13812341234\"", ""))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customer.reachable");
    }

    @Test
    void malformedJsonIsA400Problem() {
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"channel\":")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void commandOutOfOrderIsA409ProblemAndStoresNothing() {
        String id = receive(RECEIVE);
        step(id, "resolve", "{\"resolution\":\"Refunded\"}")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:serviceledger:problem:out-of-order");
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void concurrentCommandsOnOneCaseHaveOneWinnerAndTheOthersGet409() {
        String id = receive(RECEIVE);
        List<Integer> statuses = ConcurrentForwards.statuses(port, id, Duration.ofSeconds(30));

        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(events(id)).hasSize(2);
    }

    /**
     * Another replica on the same database forwards the case while this one holds it in its aggregate cache:
     * the stale copy may cost one 409, never an overwrite, and the retry decides on the whole history.
     */
    @Test
    void aCaseChangedByAnotherReplicaIsNeverDecidedOnAStaleCopy() {
        String id = receive(RECEIVE); // now held in this node's aggregate cache, at sequence 0
        eventStore.publish(new GenericDomainEventMessage<>("Complaint", id, 1,
                new ComplaintForwarded(id, "dept-elsewhere", "head-9", Instant.now())));

        int first = step(id, "contact", "{\"contactedBy\":\"head-9\",\"proposedSolution\":\"Refund\"}")
                .returnResult(String.class).getStatus().value();
        assertThat(first).isIn(200, 409);
        if (first == 409) {
            var retry = step(id, "contact", "{\"contactedBy\":\"head-9\",\"proposedSolution\":\"Refund\"}")
                    .returnResult(String.class);
            assertThat(retry.getStatus().value()).as("retry: %s", retry.getResponseBodyContent() == null ? ""
                    : new String(retry.getResponseBodyContent())).isEqualTo(200);
        }
        assertThat(events(id)).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(events(id)).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                "ComplaintReceived", "ComplaintForwarded", "CustomerContacted");
    }

    @Test
    void onSiteForANormalComplaintIsA422Problem() {
        String id = receive(RECEIVE);
        step(id, "on-site", "{\"handlerId\":\"handler-3\"}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("urgency");
    }

    @Test
    void unknownComplaintIsA404Problem() {
        step("CMP-does-not-exist", "forward", "{\"departmentId\":\"d\",\"departmentHeadId\":\"h\"}")
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyReturnsTheFirstResultWithoutASecondEvent() {
        long before = storedEvents();
        var first = http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "retry-1").bodyValue(RECEIVE).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody(Map.class).returnResult().getResponseBody();
        var second = http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "retry-1").bodyValue(RECEIVE).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(second.get("complaintId")).isEqualTo(first.get("complaintId"));
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void retriedLifecycleStepWithTheSameKeyHasOneEffect() {
        String id = receive(RECEIVE);
        String forward = "{\"departmentId\":\"dept-billing\",\"departmentHeadId\":\"head-1\"}";
        for (int attempt = 0; attempt < 2; attempt++) {
            http.post().uri("/api/complaints/{id}/forward", id).contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", "fwd-" + id.substring(4, 12)).bodyValue(forward).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("Idempotent-Replayed", String.valueOf(attempt == 1))
                    .expectBody().jsonPath("$.complaintId").isEqualTo(id);
        }
        assertThat(events(id)).hasSize(2);
    }

    @Test
    void idempotencyKeyReusedForADifferentRequestIsRejected() {
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "reuse-1").bodyValue(RECEIVE).exchange().expectStatus().isCreated();
        long before = storedEvents();
        http.post().uri("/api/complaints").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "reuse-1").bodyValue(RECEIVE.replace("Refund", "Apology")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void slaTimerFiresFromThePersistentSchedulerAndRecordsTheBreach() {
        // sub-fast's policy (test configuration): contact target 1 s
        String id = receive(RECEIVE.replace("sub-1", "sub-fast"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events(id))
                .anySatisfy(e -> assertThat(e.getPayload()).isInstanceOfSatisfying(ComplaintSlaBreached.class,
                        b -> assertThat(b.target()).isEqualTo(SlaTarget.CONTACT))));
        // the timer's events are traced back to the command that set the timer
        var received = events(id).get(0);
        var breach = events(id).stream().filter(e -> e.getPayload() instanceof ComplaintSlaBreached).findFirst()
                .orElseThrow();
        assertThat(breach.getMetaData())
                .containsEntry("principal", "tester")
                .containsEntry("correlationId", received.getMetaData().get("correlationId"))
                .containsKey("causationId");
    }
}
