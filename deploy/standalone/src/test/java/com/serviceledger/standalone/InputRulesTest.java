package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.standalone.RawApi.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The input rules found by probing the running system, over real HTTP: each value below was answered with a 500
 * or silently coerced (or, for a policy's durations, accepted and then refused by the views). Each is now a 400
 * (or 422 for a rule) {@code application/problem+json} naming the field, and stores nothing.
 */
@StandaloneOnH2
class InputRulesTest {

    static final String POLICY = """
            {"timeZone":"Asia/Shanghai","holidays":%s,"satisfactionTargetPercent":90,
             "complaint":{"contactTarget":%s,"contactHardLimit":"PT4H","onSiteTarget":"PT10M",
             "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":%s},
             "serviceRequest":{"responseTarget":%s,"warningPercents":[50,80]},
             "inspection":{"minorFixWindow":%s,"majorDefaultDeadline":"PT48H","warningPercent":80,
             "overduePenalty":100,"dailyInspectionsWithFailures":3,"weeklyInspectionsWithFailures":2,
             "contractPenalty":500,"dailyWeight":40,"weeklyWeight":30,"monthlyWeight":20,"rectificationWeight":10,
             "overdueDeduction":2,"escalationDeduction":5,"passingScore":80}}""";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestOrganisation organisation;

    static String policy(String holidays, String contactTarget, String warningPercents, String responseTarget,
            String minorFixWindow) {
        return POLICY.formatted(holidays, contactTarget, warningPercents, responseTarget, minorFixWindow);
    }

    static String validPolicy() {
        return policy("[\"2026-10-01\"]", "\"PT30M\"", "[50,80]", "\"PT30M\"", "\"PT2H\"");
    }

    @Test
    void aNullElementInAListIsA400NamingTheElement() throws Exception {
        String sub = "sub-rules-" + UUID.randomUUID().toString().substring(0, 6);
        organisation.register(sub);
        long before = storedEvents();
        assertNamesField(post("/api/policies/" + sub + "/versions",
                policy("[null]", "\"PT30M\"", "[50,80]", "\"PT30M\"", "\"PT2H\"")), 400, "malformed-request",
                "holidays[0]");
        assertNamesField(post("/api/policies/" + sub + "/versions",
                policy("[\"2026-10-01\",null]", "\"PT30M\"", "[50,80]", "\"PT30M\"", "\"PT2H\"")), 400,
                "malformed-request", "holidays[1]");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(post("/api/policies/" + sub + "/versions", validPolicy()).status()).isEqualTo(201);
    }

    @Test
    void anInstantOutsideTheYears2000To2999IsA400NamingTheField() throws Exception {
        String request = assessedServiceRequest();
        String[] outside = {"+999999999-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "3000-01-01T00:00:00Z",
                "1999-12-31T23:59:59Z"};
        long before = storedEvents();
        for (String far : outside) {
            assertNamesField(post(request + "/plan", """
                    {"goal":"Account open","steps":["check"],"ownerId":"clerk-3","dueAt":"%s"}""".formatted(far)),
                    400, "malformed-request", "dueAt");
            assertNamesField(post("/api/inspections", """
                    {"kind":"DAILY","unit":{"subsidiaryId":"sub-rules","siteId":"site-far","contractorId":"clean-co"},
                     "inspectors":[{"inspectorId":"foreman-1","role":"FOREMAN"}],
                     "items":[{"standardCode":"floor-clean","result":"FAIL","note":"dirty","severity":"MAJOR",
                     "responsibleStaffId":"staff-9","workOrderDueAt":"%s"}]}""".formatted(far)), 400,
                    "malformed-request", "items[0].workOrderDueAt");
        }
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(post(request + "/plan", """
                {"goal":"Account open","steps":["check"],"ownerId":"clerk-3","dueAt":"2099-06-01T17:00:00+08:00"}""")
                .status()).isEqualTo(200);
        long planned = storedEvents();
        for (String far : outside) {
            assertNamesField(post(request + "/delay", """
                    {"reason":"system outage","newDueAt":"%s"}""".formatted(far)), 400, "malformed-request",
                    "newDueAt");
        }
        assertThat(storedEvents()).isEqualTo(planned);
        assertThat(post(request + "/delay", "{\"reason\":\"system outage\",\"newDueAt\":\"2999-06-02T17:00:00Z\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void everyPolicyDurationLiesBetweenAMinuteAndAYearAndWarningsAscend() throws Exception {
        String sub = "sub-rules-" + UUID.randomUUID().toString().substring(0, 6);
        organisation.register(sub);
        String path = "/api/policies/" + sub + "/versions";
        long before = storedEvents();
        assertNamesField(post(path, policy("[]", "\"PT99999999999H\"", "[50,80]", "\"PT30M\"", "\"PT2H\"")), 400,
                "validation", "complaint.contactTarget");
        assertNamesField(post(path, policy("[]", "\"PT30M\"", "[50,80]", "\"P366D\"", "\"PT2H\"")), 400,
                "validation", "serviceRequest.responseTarget");
        assertNamesField(post(path, policy("[]", "\"PT30M\"", "[50,80]", "\"PT30M\"", "\"PT1S\"")), 400,
                "validation", "inspection.minorFixWindow");
        assertNamesField(post(path, policy("[]", "\"PT30M\"", "[80,50]", "\"PT30M\"", "\"PT2H\"")), 400,
                "validation", "complaint.warningPercents");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(post(path, policy("[]", "\"P365D\"", "[50,80]", "\"PT1M\"", "\"PT2H\"")).status())
                .as("the bounds themselves are allowed; a 422: the hard limit is shorter than the target")
                .isEqualTo(422);
    }

    @Test
    void jsonValuesAreNotCoercedToAnotherType() throws Exception {
        String sub = "sub-rules-" + UUID.randomUUID().toString().substring(0, 6);
        long before = storedEvents();
        assertNamesField(post("/api/policies/" + sub + "/versions",
                policy("[]", "1800", "[50,80]", "\"PT30M\"", "\"PT2H\"")), 400, "malformed-request",
                "complaint.contactTarget");
        assertNamesField(post("/api/policies/" + sub + "/versions",
                policy("[]", "\"PT30M\"", "[50.5,80]", "\"PT30M\"", "\"PT2H\"")), 400, "malformed-request",
                "complaint.warningPercents[0]");
        assertNamesField(post("/api/ratings", """
                {"source":"PHONE_FOLLOW_UP","channel":"HOTLINE","unit":{"subsidiaryId":"sub-rules"},
                 "score":3.5,"comment":"polite"}"""), 400, "malformed-request", "score");
        assertNamesField(post("/api/ratings", """
                {"source":"PHONE_FOLLOW_UP","channel":"HOTLINE","unit":{"subsidiaryId":"sub-rules"},
                 "score":4,"comment":true}"""), 400, "malformed-request", "comment");
        assertNamesField(post("/api/ratings", """
                {"source":1,"channel":"HOTLINE","unit":{"subsidiaryId":"sub-rules"},"score":4}"""), 400,
                "malformed-request", "source");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void namesAndTimeZonesAreOneLineWithoutControlCharacters() throws Exception {
        String sub = "sub-rules-" + UUID.randomUUID().toString().substring(0, 6);
        long before = storedEvents();
        assertNamesField(post("/api/organisation/subsidiaries", """
                {"subsidiaryId":"%s","name":"Rules Ltd\\r\\n2026-01-01 ERROR forged","timeZone":"Asia/Shanghai"}"""
                .formatted(sub)), 400, "validation", "name");
        assertNamesField(post("/api/organisation/subsidiaries", """
                {"subsidiaryId":"%s","name":"Rules Ltd","timeZone":"Asia/Shanghai\\nforged"}""".formatted(sub)),
                400, "validation", "timeZone");
        assertNamesField(post("/api/organisation/staff", """
                {"staffId":"staff-%s","name":"Liu\\u001b[31m Yang","subsidiaryId":"%s","departmentId":"dept-1"}"""
                .formatted(sub, sub)), 400, "validation", "name");
        assertNamesField(post("/api/policies/" + sub + "/versions", validPolicy()
                .replace("Asia/Shanghai", "Asia/Shanghai\\r\\nforged")), 400, "validation", "timeZone");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPolicysNotificationRulesAreCheckedFieldByFieldAndPublishedWithTheVersion() throws Exception {
        String sub = "sub-rules-" + UUID.randomUUID().toString().substring(0, 6);
        organisation.register(sub);
        String path = "/api/policies/" + sub + "/versions";
        long before = storedEvents();
        assertNamesField(post(path, withRules("""
                [{"kind":"COMPLAINT_SLA_GOSSIP","recipients":["MANAGEMENT"],"channels":["INBOX"]}]""")), 400,
                "malformed-request", "notifications[0].kind");
        assertNamesField(post(path, withRules("""
                [{"kind":"COMPLAINT_SLA_BREACH","target":"LUNCH","recipients":["MANAGEMENT"],"channels":["INBOX"]}]""")),
                400, "validation", "notifications[0].target");
        // webhooks are subscribed to, not decided by a policy
        assertNamesField(post(path, withRules("""
                [{"kind":"COMPLAINT_SLA_BREACH","recipients":["MANAGEMENT"],"channels":["WEBHOOK"]}]""")), 400,
                "malformed-request", "notifications[0].channels[0]");
        assertNamesField(post(path, withRules("""
                [{"kind":"COMPLAINT_SLA_BREACH","channels":["INBOX"]}]""")), 400, "validation",
                "notifications[0].recipients");
        assertThat(storedEvents()).isEqualTo(before);

        assertThat(post(path, withRules("""
                [{"kind":"COMPLAINT_SLA_BREACH","target":"CONTACT","recipients":["MANAGEMENT"],"channels":["INBOX"]},
                 {"kind":"CASE_RESOLVED","recipients":["CUSTOMER"],"channels":["EMAIL"]}]""")).status())
                .isEqualTo(201);
        RawApi api = new RawApi(port, dataSource);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode rules = api.get("/api/policies/" + sub, "tester").problem().path("terms").path("notifications")
                    .path("rules");
            assertThat(rules.size()).isEqualTo(2);
            assertThat(rules.path(0).path("target").asText()).isEqualTo("CONTACT");
            assertThat(rules.path(0).path("recipients").path(0).asText()).isEqualTo("MANAGEMENT");
        });
    }

    private static String withRules(String rules) {
        String policy = validPolicy();
        return policy.substring(0, policy.length() - 1) + ",\"notifications\":" + rules + "}";
    }

    /** A service request of its own, assessed: a plan is legal in its state. */
    private String assessedServiceRequest() throws Exception {
        Answer received = post("/api/service-requests", """
                {"channel":"ON_SITE","customer":{"name":"Zhao Min","phone":"139%08d"},
                 "category":"BUSINESS_ASSISTANCE","description":"Open an account",
                 "target":{"subsidiaryId":"sub-e2e","departmentId":"dept-sales"}}"""
                .formatted(Math.abs(UUID.randomUUID().hashCode()) % 100_000_000));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String path = "/api/service-requests/" + received.problem().path("serviceRequestId").asText();
        assertThat(post(path + "/assign", "{\"assigneeId\":\"agent-7\"}").status()).isEqualTo(200);
        assertThat(post(path + "/assess", "{\"nature\":\"account\",\"difficulty\":\"LOW\",\"resources\":\"one\"}")
                .status()).isEqualTo(200);
        return path;
    }

    private static void assertNamesField(Answer answer, int status, String code, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.type()).as(answer.toString()).isEqualTo("urn:serviceledger:problem:" + code);
        assertThat(answer.field()).as(answer.toString()).isEqualTo(field);
    }

    private long storedEvents() {
        return new RawApi(port, dataSource).storedEvents();
    }

    private Answer post(String path, String json) throws IOException, InterruptedException {
        return new RawApi(port, dataSource).post(path, "tester", json);
    }
}
