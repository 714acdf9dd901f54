package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The way out of a complaint the customer never accepts, over the real stack: refused before the escalation (a 409
 * that changes nothing), escalated at the second rejection, closed unresolved by the quality supervisor, shown so in
 * the view, then verified and archived.
 */
@StandaloneOnH2
class DeadEndsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Test
    void complaintNeverAcceptedIsEscalatedClosedUnresolvedVerifiedAndArchived() throws Exception {
        RawApi api = new RawApi(port, dataSource);
        RawApi.Answer received = api.post("/api/complaints", "agent", """
                {"channel":"HOTLINE","customer":{"name":"Sun Li","phone":"13812340019"},
                 "content":"Weighbridge queue","demand":"A second scale",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-sales"},"urgency":"NORMAL"}""");
        assertThat(received.status()).isEqualTo(201);
        String path = "/api/complaints/" + received.problem().path("complaintId").asText();
        step(api, path + "/forward", "agent", "{\"departmentId\":\"dept-sales\",\"departmentHeadId\":\"head-1\"}");
        step(api, path + "/contact", "head", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Booking slots\"}");
        step(api, path + "/reject-solution", "head", "{\"reason\":\"slots are full\"}");

        // one rejection: not escalated yet, so nothing may close it
        String id = received.problem().path("complaintId").asText();
        long before = eventsOf(id);
        RawApi.Answer early = api.post(path + "/close-unresolved", "supervisor",
                "{\"decidedBy\":\"head-1\",\"reason\":\"stands\"}");
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(eventsOf(id)).isEqualTo(before);
        // bad input names its field and changes nothing
        RawApi.Answer blank = api.post(path + "/close-unresolved", "supervisor",
                "{\"decidedBy\":\"head-1\",\"reason\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.field()).isEqualTo("reason");
        assertThat(eventsOf(id)).isEqualTo(before);

        step(api, path + "/contact", "head", "{\"contactedBy\":\"head-1\",\"proposedSolution\":\"Longer hours\"}");
        step(api, path + "/reject-solution", "head", "{\"reason\":\"still a queue\"}");
        step(api, path + "/close-unresolved", "supervisor",
                "{\"decidedBy\":\"head-1\",\"reason\":\"a second scale is not planned\"}");

        JsonNode view = closedUnresolvedView(api, path);
        assertThat(view.path("status").asText()).isEqualTo("CLOSED_UNRESOLVED");
        assertThat(view.path("escalationCause").asText()).isEqualTo("REPEATED_REJECTION");
        assertThat(view.path("escalatedTo").asText()).isEqualTo("MANAGEMENT");
        assertThat(view.path("closedUnresolvedBy").asText()).isEqualTo("head-1");
        assertThat(view.path("sla").path("resolution").path("onTime").asBoolean(true)).isFalse();

        step(api, path + "/verify", "supervisor", "{\"misconduct\":\"NONE\",\"findings\":\"no fault\"}");
        step(api, path + "/archive", "supervisor", null);
    }

    /** The view once the projection has caught up with the close (it is eventually consistent). */
    private static JsonNode closedUnresolvedView(RawApi api, String path) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode view = null;
        while (System.nanoTime() < until) {
            view = api.get(path, "supervisor").problem();
            if (view != null && view.path("closedUnresolved").asBoolean()) {
                return view;
            }
            Thread.sleep(200);
        }
        return view;
    }

    private long eventsOf(String aggregateId) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, aggregateId);
    }

    private static void step(RawApi api, String path, String user, String json) throws Exception {
        RawApi.Answer answer = json == null
                ? api.send("POST", path, user, "application/json", java.net.http.HttpRequest.BodyPublishers.noBody())
                : api.post(path, user, json);
        assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
    }
}
