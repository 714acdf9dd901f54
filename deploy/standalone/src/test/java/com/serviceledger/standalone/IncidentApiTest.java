package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.fuzz.ValidBodies;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Emergency plans and incidents over real HTTP (000 §8, 001 §7): an unknown kind names no plan (404), a blank
 * description is a 400 naming it, and neither stores anything;
 * the incident activates the plan version in force and the view shows it; steps out of order are 409s; a dismissed
 * complaint is not raised to an incident.
 */
@StandaloneOnH2
class IncidentApiTest {

    static final String PLAN = """
            {"procedure":"Switch to the standby server","duties":"The IT head leads",
             "resources":"Standby server in room 2","organisation":"Emergency team"}""";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    final String sub = "sub-inc-" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anUnknownKindOfEmergencyNamesNoPlanAndABlankDescriptionIsA400AndNeitherStoresAnything() throws Exception {
        RawApi api = new RawApi(port, dataSource);
        long before = api.storedEvents();
        RawApi.Answer answer = api.post("/api/emergency-plans/" + sub + "/FLOOD/versions", "tester", PLAN);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.type()).isEqualTo("urn:serviceledger:problem:not-found");
        RawApi.Answer blank = api.post("/api/incidents", "tester", """
                {"unit":{"subsidiaryId":"%s"},"kind":"OTHER","severity":"MAJOR","description":" "}""".formatted(sub));
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        assertThat(blank.field()).isEqualTo("description");
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void theIncidentActivatesThePlanVersionInForceAndIsResolvedOnlyAfterItsReport() throws Exception {
        String plan = "/api/emergency-plans/" + sub + "/SYSTEM_FAILURE/versions";
        assertThat(post(plan, PLAN).path("version").asInt()).isEqualTo(1);
        assertThat(post(plan, PLAN).path("version").asInt()).isEqualTo(2);
        String incident = post("/api/incidents", """
                {"unit":{"subsidiaryId":"%s","departmentId":"dept-it"},"kind":"SYSTEM_FAILURE","severity":"CRITICAL",
                 "description":"Billing down"}""".formatted(sub)).path("incidentId").asText();
        String path = "/api/incidents/" + incident;

        RawApi.Answer early = new RawApi(port, dataSource).post(path + "/resolve", "tester",
                "{\"resolution\":\"Failed over\"}");
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.type()).isEqualTo("urn:serviceledger:problem:out-of-order");
        RawApi.Answer again = new RawApi(port, dataSource).post(path + "/plan-activation", "tester", "{}");
        assertThat(again.status()).as("already activated at its declaration").isEqualTo(409);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = get(path);
            assertThat(view.path("planId").asText()).isEqualTo("EPL-" + sub + "-SYSTEM_FAILURE");
            assertThat(view.path("planVersion").asInt()).isEqualTo(2);
            assertThat(view.path("status").asText()).isEqualTo("DECLARED");
            assertThat(view.path("openDueAt").asText()).isEqualTo(view.path("reportDueAt").asText());
        });
    }

    @Test
    void aDismissedComplaintIsNotRaisedToAnIncident() throws Exception {
        String complaint = post("/api/complaints", ValidBodies.forUnit("/api/complaints", "sub-1"))
                .path("complaintId").asText();
        post("/api/complaints/" + complaint + "/dismiss", "{\"explanation\":\"The gate hours are posted\"}");
        RawApi.Answer raised = new RawApi(port, dataSource).post("/api/complaints/" + complaint + "/incident",
                "tester", "{\"severity\":\"MAJOR\"}");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(409);
        assertThat(raised.type()).isEqualTo("urn:serviceledger:problem:out-of-order");
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(RawApi.call(port, "POST", path, "tester", body).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 299);
        return json.readTree(response.body());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(RawApi.call(port, "GET", path, "tester", null).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
