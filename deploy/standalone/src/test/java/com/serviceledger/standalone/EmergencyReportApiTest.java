package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.common.OrgUnit;
import com.serviceledger.kernel.incident.DrillHeld;
import com.serviceledger.kernel.incident.DrillOverdue;
import com.serviceledger.kernel.incident.DrillPlanned;
import com.serviceledger.kernel.incident.EmergencyKind;
import com.serviceledger.kernel.incident.EmergencyPlanId;
import com.serviceledger.kernel.incident.EmergencyPlanPublished;
import com.serviceledger.kernel.incident.IncidentDeclared;
import com.serviceledger.kernel.incident.IncidentSeverity;
import com.serviceledger.kernel.incident.PlanContent;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A unit's evaluation report counts its incidents (declared, reported to the superiors on time, reviewed on time,
 * declared and still open) and its plans' drills (held, overdue), each in the period of its own local day in the
 * subsidiary's zone; a department's report counts its incidents and says that drills are the subsidiary's.
 */
@StandaloneOnH2
class EmergencyReportApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;
    @Autowired
    EventStore eventStore;

    final String sub = "sub-erep-" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aUnitsReportCountsItsIncidentsAndDrills() throws Exception {
        organisation.register(sub);
        String plan = "/api/emergency-plans/" + sub + "/SYSTEM_FAILURE";
        ok(post(plan + "/versions", IncidentApiTest.PLAN));
        String drill = body(post(plan + "/drills", """
                {"scheduledAt":"%s","scenario":"The billing server fails"}"""
                .formatted(Instant.now().plus(Duration.ofHours(1))))).path("drillId").asText();
        ok(post(plan + "/drills/" + drill + "/record", "{\"participants\":12,\"observations\":\"Switched in 20 min\"}"));
        post(plan + "/drills", """
                {"scheduledAt":"%s","scenario":"Not held yet"}""".formatted(Instant.now().plus(Duration.ofDays(2))));

        String handled = declare("dept-it");
        ok(post("/api/incidents/" + handled + "/report", "{\"reportedTo\":\"head-1\",\"summary\":\"Failing over\"}"));
        ok(post("/api/incidents/" + handled + "/resolve", "{\"resolution\":\"Failed over\"}"));
        ok(post("/api/incidents/" + handled + "/review", "{\"findings\":\"Too slow\",\"improvementActions\":[]}"));
        declare("dept-sales");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Long> figures = figures("/api/reports/units/" + sub);
            assertThat(figures).containsEntry("incidents/declared", 2L)
                    .containsEntry("incidents/declared and still open", 1L)
                    .containsEntry("incidents/reported on time", 1L)
                    .containsEntry("incidents/reviewed on time", 1L)
                    .containsEntry("emergency-drills/held", 1L)
                    .containsEntry("emergency-drills/overdue", 0L);
        });
        JsonNode department = report("/api/reports/units/" + sub + "?departmentId=dept-sales&");
        assertThat(department.toString()).contains("emergency-drills: a plan and its drills are a subsidiary's");
        Map<String, Long> figures = figures(department);
        assertThat(figures).containsEntry("incidents/declared", 1L).containsEntry("incidents/reported on time", 0L)
                .doesNotContainKey("emergency-drills/held");
    }

    @Test
    void incidentsAndDrillsCountInTheMonthOfTheirLocalDay() throws Exception {
        organisation.register(sub);
        // 23:30 on the month's last day in New York is already the 1st of the next month in UTC; the event is
        // stored as the aggregate would have decided it months ago (the API declares only at the present moment)
        ZoneId zone = ZoneId.of("America/New_York");
        Instant declaredAt = LocalDateTime.parse("2026-10-31T23:30").atZone(zone).toInstant();
        String id = "INC-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Incident", id, 0, new IncidentDeclared(id,
                new OrgUnit(sub, "dept-it"), EmergencyKind.SYSTEM_FAILURE, IncidentSeverity.MAJOR,
                "Billing down", null, declaredAt, declaredAt.plus(Duration.ofHours(2)), "v1", zone.getId())));

        // a drill recorded at that moment, and one whose record fell due then and went overdue
        String plan = EmergencyPlanId.of(sub, EmergencyKind.NATURAL_DISASTER);
        Instant before = declaredAt.minus(Duration.ofDays(3));
        eventStore.publish(
                planEvent(plan, 0, new EmergencyPlanPublished(plan, sub, EmergencyKind.NATURAL_DISASTER, 1,
                        new PlanContent("p", "d", "r", "o"), null, before, zone.getId())),
                planEvent(plan, 1, new DrillPlanned(plan, "DRL-held", sub, EmergencyKind.NATURAL_DISASTER, 1,
                        "Flood", declaredAt, declaredAt.plus(Duration.ofHours(1)), before, "v1", zone.getId())),
                planEvent(plan, 2, new DrillPlanned(plan, "DRL-late", sub, EmergencyKind.NATURAL_DISASTER, 1,
                        "Storm", declaredAt.minus(Duration.ofHours(1)), declaredAt, before, "v1", zone.getId())),
                planEvent(plan, 3, new DrillHeld(plan, "DRL-held", sub, 8, "Fine", declaredAt, true)),
                planEvent(plan, 4, new DrillOverdue(plan, "DRL-late", sub, declaredAt, declaredAt)));

        String unit = "/api/reports/units/" + sub + "?";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figures(report(unit, "2026-10-15")))
                .containsEntry("incidents/declared", 1L).containsEntry("emergency-drills/held", 1L)
                .containsEntry("emergency-drills/overdue", 1L));
        assertThat(figures(report(unit, "2026-11-15"))).containsEntry("incidents/declared", 0L)
                .containsEntry("emergency-drills/held", 0L).containsEntry("emergency-drills/overdue", 0L);
    }

    private static GenericDomainEventMessage<Object> planEvent(String planId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("EmergencyPlan", planId, sequence, payload);
    }

    private String declare(String department) throws Exception {
        return body(post("/api/incidents", """
                {"unit":{"subsidiaryId":"%s","departmentId":"%s"},"kind":"SYSTEM_FAILURE","severity":"MAJOR",
                 "description":"Billing down"}""".formatted(sub, department))).path("incidentId").asText();
    }

    private Map<String, Long> figures(String path) throws Exception {
        return figures(report(path + "?"));
    }

    private JsonNode report(String pathWithQuery) throws Exception {
        // today where the test subsidiaries are (the policy's zone): that is the month the report counts in
        return report(pathWithQuery, LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    }

    private JsonNode report(String pathWithQuery, String at) throws Exception {
        HttpResponse<String> answer = send(RawApi.call(port, "GET", pathWithQuery + "period=month&at=" + at,
                "tester", null));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static Map<String, Long> figures(JsonNode report) {
        Map<String, Long> figures = new HashMap<>();
        for (JsonNode figure : report.path("figures")) {
            figures.put(figure.path("section").asText() + "/" + figure.path("figure").asText(),
                    figure.path("value").asLong());
        }
        return figures;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(RawApi.call(port, "POST", path, "tester", body));
    }

    private static JsonNode body(HttpResponse<String> answer) throws Exception {
        ok(answer);
        return JSON.readTree(answer.body());
    }

    private static void ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }

    private static HttpResponse<String> send(java.net.http.HttpRequest.Builder request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
