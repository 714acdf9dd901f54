package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Improvement actions over the real stack (H2 event store, persistent deadlines, Elasticsearch views): raised only
 * after a verified complaint of the unit and with an owner of the unit; progress, done, a check found not effective
 * reopens it, done again and found effective; one left open goes overdue at its due date; bad input is a problem
 * naming the field and changes nothing; the unit's evaluation report counts them; readers outside the unit see none.
 */
@StandaloneOnH2
class ImprovementActionsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ACTIONS = "/api/improvement-actions";

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;

    final String subsidiary = "sub-imp-" + UUID.randomUUID().toString().substring(0, 6);
    final String head = TestOrganisation.staffOf(subsidiary, "head-1");
    final String handler = TestOrganisation.staffOf(subsidiary, "handler-3");

    @Test
    void actionFromRaisingToItsCheckedEffectIsCountedInTheUnitsReport() throws Exception {
        organisation.register(subsidiary);
        String complaint = receivedAndForwarded();
        String raise = raise("COMPLAINT", complaint, "dept-gate", handler, Instant.now().plus(Duration.ofDays(7)));

        // raise needs a verified complaint: refused, and nothing is made
        assertProblem(post(ACTIONS, raise), 422, "cause.reference");
        verified(complaint);
        // the owner must be of the unit: not of another department, nor of another subsidiary
        assertProblem(post(ACTIONS, raise("COMPLAINT", complaint, "dept-sales", handler,
                Instant.now().plus(Duration.ofDays(7)))), 422, "ownerId");
        assertProblem(post(ACTIONS, raise("UNIT_EVALUATION", "2026-02", null, "sub-fuzz.handler-3",
                Instant.now().plus(Duration.ofDays(7)))), 422, "ownerId");
        // bad input names its field
        assertProblem(post(ACTIONS, raise("UNIT_EVALUATION", "2026-13", null, handler,
                Instant.now().plus(Duration.ofDays(7)))), 400, "cause.reference");
        assertProblem(post(ACTIONS, raise.replace("\"measure\":\"Second check of every repair\",", "")), 400,
                "measure");

        String id = created(post(ACTIONS, raise));
        String path = ACTIONS + "/" + id;
        assertThat(post(path + "/effect-check", "{\"effective\":true}").statusCode()).isEqualTo(409);
        ok(post(path + "/progress", "{\"note\":\"half the teams trained\"}"));
        ok(post(path + "/done", "{\"note\":\"all trained\"}"));
        assertProblem(post(path + "/effect-check", "{\"effective\":false,\"note\":\"complaints repeat\"}"), 422,
                "newDueAt");
        ok(post(path + "/effect-check", "{\"effective\":false,\"note\":\"complaints repeat\",\"newDueAt\":\""
                + Instant.now().plus(Duration.ofDays(14)) + "\"}"));
        ok(post(path + "/done", "{\"note\":\"second lane added\"}"));
        ok(post(path + "/effect-check", "{\"effective\":true,\"note\":\"no repeat in a month\"}"));

        // one more, due in seconds and left open: warned, then overdue when its persistent deadline fires
        String late = created(post(ACTIONS, raise("UNIT_EVALUATION", LocalDate.now().getYear() + "", null, head,
                Instant.now().plus(Duration.ofSeconds(4)))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = JSON.readTree(get(path, "tester").body());
            assertThat(view.path("status").asText()).isEqualTo("EFFECTIVE");
            assertThat(view.path("reopened").asInt()).isEqualTo(1);
            assertThat(view.path("doneOnTime").asBoolean()).isTrue();
            assertThat(view.path("causeReference").asText()).isEqualTo(complaint);
            assertThat(view.path("history").size()).isEqualTo(5);
            JsonNode overdue = JSON.readTree(get(ACTIONS + "/" + late, "tester").body());
            assertThat(overdue.path("overdue").asBoolean()).isTrue();
            assertThat(overdue.path("warnedAt").isMissingNode()).isFalse();
        });
        // a search sees a document once the index refreshed, a read by id at once
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(JSON.readTree(get(ACTIONS
                + "?subsidiary=" + subsidiary + "&overdue=true", "tester").body()).path("items")
                .findValuesAsText("actionId")).containsExactly(late));
        assertThat(get(ACTIONS + "?status=NOPE", "tester").statusCode()).isEqualTo(400);

        Map<String, Long> figures = reportFigures(subsidiary);
        assertThat(figures).containsEntry("raised", 2L).containsEntry("done", 1L).containsEntry("done on time", 1L)
                .containsEntry("overdue", 1L).containsEntry("effective", 1L);
    }

    @Test
    void readersOutsideTheUnitSeeNoneOfItsActions() throws Exception {
        organisation.register(subsidiary);
        String id = created(post(ACTIONS, raise("UNIT_EVALUATION", "2026-Q1", null, head,
                Instant.now().plus(Duration.ofDays(3)))));
        await().atMost(Duration.ofSeconds(20)).until(() -> get(ACTIONS + "/" + id, "tester").statusCode() == 200);
        // sub1-worker reads sub-1 only (src/test/resources/config/application.properties)
        assertThat(get(ACTIONS + "/" + id, "sub1-worker").statusCode()).isEqualTo(404);
        assertThat(get(ACTIONS + "?size=100", "sub1-worker").body()).doesNotContain(id);
    }

    private String receivedAndForwarded() throws Exception {
        String id = created(post("/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341299"},
                 "content":"Repair came late","demand":"Apology",
                 "target":{"subsidiaryId":"%s","departmentId":"dept-gate","postId":"gate"},"urgency":"NORMAL"}"""
                .formatted(subsidiary)));
        String path = "/api/complaints/" + id;
        ok(post(path + "/forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"" + head + "\"}"));
        ok(post(path + "/contact", "{\"contactedBy\":\"" + head + "\",\"proposedSolution\":\"Earlier slot\"}"));
        ok(post(path + "/handler", "{\"handlerId\":\"" + handler + "\"}"));
        ok(post(path + "/resolve", "{\"resolution\":\"Slot moved\"}"));
        ok(post(path + "/callback", "{\"satisfaction\":4,\"solutionAccepted\":true}"));
        return id;
    }

    private void verified(String complaint) throws Exception {
        ok(post("/api/complaints/" + complaint + "/verify", "{\"responsibleStaffId\":\"" + handler
                + "\",\"misconduct\":\"SERVICE_FAILURE\",\"findings\":\"slow\"}"));
    }

    private String raise(String kind, String reference, String department, String owner, Instant due) {
        return "{\"subsidiaryId\":\"" + subsidiary + "\"," + (department == null ? ""
                : "\"departmentId\":\"" + department + "\",") + "\"cause\":{\"kind\":\"" + kind
                + "\",\"reference\":\"" + reference + "\"},\"measure\":\"Second check of every repair\",\"ownerId\":\""
                + owner + "\",\"dueAt\":\"" + due + "\"}";
    }

    private Map<String, Long> reportFigures(String unit) throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonNode report = JSON.readTree(get("/api/reports/units/" + unit + "?period=month&at=" + today, "tester")
                .body());
        Map<String, Long> figures = new HashMap<>();
        for (JsonNode figure : report.path("figures")) {
            if (figure.path("section").asText().equals("improvement-actions")) {
                figures.put(figure.path("figure").asText(), figure.path("value").asLong());
            }
        }
        return figures;
    }

    private static String created(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(answer.body());
        return body.has("actionId") ? body.get("actionId").asText() : body.path("complaintId").asText();
    }

    private static void ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("errors").path(0).path("field").asText()).isEqualTo(field);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(RawApi.call(port, "POST", path, "tester", body));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(RawApi.call(port, "GET", path, user, null));
    }

    private static HttpResponse<String> send(java.net.http.HttpRequest.Builder request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
