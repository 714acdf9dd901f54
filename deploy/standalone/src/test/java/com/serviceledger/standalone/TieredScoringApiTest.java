package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tiered scoring read in full (002 第4篇 §9) and the rules in force at receipt (issue 19), over the API: a subsidiary
 * on the tiered rule set receives a complaint, then publishes a version back on the default rule set and receives a
 * second one; both are verified after the change. The first takes a listed behaviour and points within its tier's
 * range (refused outside it, or for a behaviour not listed, storing nothing) and is scored under the old version; the
 * second refuses a behaviour and is scored under the new one.
 */
@StandaloneOnH2
class TieredScoringApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestOrganisation organisation;

    final String sub = "sub-tiers-" + UUID.randomUUID().toString().substring(0, 6);
    final String staff = TestOrganisation.staffOf(sub, "staff-9");

    @Test
    void aComplaintTakesAListedBehaviourWithinItsTiersRangeUnderTheRulesInForceWhenItWasReceived() throws Exception {
        RawApi api = new RawApi(port, dataSource);
        organisation.register(sub);
        publish("""
                ,"scoring":{"ruleSet":"TIERED_4","attitudePoints":5,"quarrelPoints":10,"escalationStep":5,
                 "supervisorFromCount":2,"supervisorStep":3,"groupLeaderFromCount":3,"groupLeaderStep":3,
                 "worstServiceThreshold":2,"worstServiceFine":500,"dismissalAtDesignation":3,"starBonus":500,
                 "tier1Points":5,"tier2Points":15,"tier2SeverePoints":30,
                 "tier1Range":{"min":5,"max":15},"tier2Range":{"min":15,"max":30}}""");
        String underTiers = calledBack();
        publish(""); // version 2: the regulation's default rule set
        String underDefaults = calledBack();

        String verify = "/api/complaints/" + underTiers + "/verify";
        String blame = "{\"responsibleStaffId\":\"" + staff + "\",\"misconduct\":\"ATTITUDE\",\"findings\":\"Mocked\"";
        RawApi.Answer outside = api.post(verify, "tester", blame + ",\"behaviour\":\"DISRESPECT\",\"points\":16}");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.field()).isEqualTo("points");
        RawApi.Answer unlisted = api.post(verify, "tester", blame + ",\"behaviour\":\"BEING_LATE\",\"points\":10}");
        assertThat(unlisted.status()).isEqualTo(422);
        assertThat(unlisted.field()).isEqualTo("behaviour");
        RawApi.Answer missing = api.post(verify, "tester", blame + "}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.field()).isEqualTo("behaviour");
        RawApi.Answer tooMany = api.post(verify, "tester", blame + ",\"behaviour\":\"DISRESPECT\",\"points\":101}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.field()).isEqualTo("points");
        RawApi.Answer lowerCase = api.post(verify, "tester", blame + ",\"behaviour\":\"disrespect\",\"points\":9}");
        assertThat(lowerCase.status()).isEqualTo(400);
        assertThat(lowerCase.field()).isEqualTo("behaviour");
        assertThat(eventTypes(underTiers)).doesNotContain("ComplaintVerified");

        assertThat(api.post(verify, "tester", blame + ",\"behaviour\":\"DISRESPECT\",\"points\":12}").status())
                .isEqualTo(200);
        String second = "/api/complaints/" + underDefaults + "/verify";
        RawApi.Answer notTaken = api.post(second, "tester", blame + ",\"behaviour\":\"DISRESPECT\",\"points\":12}");
        assertThat(notTaken.status()).isEqualTo(422);
        assertThat(notTaken.field()).isEqualTo("behaviour");
        assertThat(api.post(second, "tester", blame + "}").status()).isEqualTo(200);

        JsonNode card = await().atMost(Duration.ofSeconds(30)).until(this::scorecard,
                found -> found != null && found.path("deductions").size() == 2);
        JsonNode first = deduction(card, underTiers);
        assertThat(first.path("behaviour").asText()).isEqualTo("DISRESPECT");
        assertThat(first.path("grade").asText()).isEqualTo("TIER_1");
        assertThat(first.path("points").asInt()).isEqualTo(12);
        assertThat(first.path("sanction").asText()).isEqualTo("MAJOR_DEMERIT");
        assertThat(first.path("policyVersion").asText()).isEqualTo(sub + "/v1");
        JsonNode then = deduction(card, underDefaults);
        assertThat(then.path("behaviour").isMissingNode() || then.path("behaviour").isNull()).isTrue();
        assertThat(then.path("points").asInt()).isEqualTo(10); // the 2nd of the month: max(5, 2 × 5)
        assertThat(then.path("policyVersion").asText()).isEqualTo(sub + "/v2");
    }

    @Test
    void aPublishedCatalogueWithABadRangeOrASeverityForATierIsRefusedNamingTheField() throws Exception {
        RawApi api = new RawApi(port, dataSource);
        organisation.register(sub);
        String scoring = """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]},
                 "scoring":{"ruleSet":"TIERED_4","attitudePoints":5,"quarrelPoints":10,"escalationStep":5,
                 "supervisorFromCount":2,"supervisorStep":3,"groupLeaderFromCount":3,"groupLeaderStep":3,
                 "worstServiceThreshold":2,"worstServiceFine":500,"dismissalAtDesignation":3,"starBonus":500,
                 "tier1Points":5,"tier2Points":15,"tier2SeverePoints":30,%s}}""";
        String path = "/api/policies/" + sub + "/versions";
        RawApi.Answer reversed = api.post(path, "admin", scoring.formatted("\"tier1Range\":{\"min\":15,\"max\":5}"));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.field()).startsWith("scoring.tier1Range");
        RawApi.Answer severe = api.post(path, "admin", scoring.formatted("""
                "behaviours":[{"code":"HIT","tier":"TIER_2_SEVERE","labelZh":"殴打","labelEn":"hitting"}]"""));
        assertThat(severe.status()).isEqualTo(400);
        assertThat(severe.field()).startsWith("scoring.behaviours[0]");
        RawApi.Answer twice = api.post(path, "admin", scoring.formatted("""
                "behaviours":[{"code":"HIT","tier":"TIER_2","labelZh":"殴打","labelEn":"hitting"},
                              {"code":"HIT","tier":"TIER_1","labelZh":"殴打","labelEn":"hitting"}]"""));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.field()).startsWith("scoring.behaviourCodesDistinct");
        // nothing published: no version in force, the configured settings still apply
        assertThat(api.get("/api/policies/" + sub, "tester").status()).isEqualTo(404);
    }

    private void publish(String scoring) throws Exception {
        HttpResponse<String> answer = send(RawApi.call(port, "POST", "/api/policies/" + sub + "/versions", "admin", """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT30M","contactHardLimit":"PT4H","onSiteTarget":"PT10M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}%s}""".formatted(scoring)));
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
    }

    /** A complaint about the staff member, taken to the callback in which the customer accepted the solution. */
    private String calledBack() throws Exception {
        String id = JSON.readTree(post("/api/complaints", """
                {"channel":"HOTLINE","customer":{"name":"Li Wei","phone":"13812341234"},
                 "content":"Mocked at the gate","demand":"An apology",
                 "target":{"subsidiaryId":"%s","departmentId":"dept-gate","staffId":"%s"},"urgency":"NORMAL"}"""
                .formatted(sub, staff))).path("complaintId").asText();
        String head = TestOrganisation.staffOf(sub, "head-1");
        post("/api/complaints/" + id + "/forward",
                "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"" + head + "\"}");
        post("/api/complaints/" + id + "/contact", "{\"contactedBy\":\"" + head + "\",\"proposedSolution\":\"Apologise\"}");
        post("/api/complaints/" + id + "/handler",
                "{\"handlerId\":\"" + TestOrganisation.staffOf(sub, "handler-3") + "\"}");
        post("/api/complaints/" + id + "/resolve", "{\"resolution\":\"Apologised\"}");
        post("/api/complaints/" + id + "/callback", "{\"satisfaction\":3,\"solutionAccepted\":true}");
        return id;
    }

    private JsonNode scorecard() throws Exception {
        HttpResponse<String> answer = send(RawApi.call(port, "GET", "/api/scorecards?staff=" + staff, "tester", null));
        JsonNode items = JSON.readTree(answer.body()).path("items");
        return items.isEmpty() ? null : items.path(0);
    }

    private static JsonNode deduction(JsonNode card, String complaintId) {
        for (JsonNode deduction : card.path("deductions")) {
            if (deduction.path("complaintId").asText().equals(complaintId)) {
                return deduction;
            }
        }
        throw new AssertionError("no deduction for " + complaintId + " in " + card);
    }

    private java.util.List<String> eventTypes(String complaintId) throws Exception {
        HttpResponse<String> answer = send(RawApi.call(port, "GET", "/api/audit/cases/" + complaintId + "/events",
                "tester", null));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        java.util.List<String> types = new java.util.ArrayList<>();
        JSON.readTree(answer.body()).forEach(entry -> types.add(entry.path("type").asText()));
        return types;
    }

    private String post(String path, String body) throws Exception {
        HttpResponse<String> answer = send(RawApi.call(port, "POST", path, "tester", body));
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isBetween(200, 299);
        return answer.body();
    }

    private static HttpResponse<String> send(java.net.http.HttpRequest.Builder request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
