package com.serviceledger.standalone;

import static com.serviceledger.standalone.AccessMappingTest.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.serviceledger.kernel.inspection.InspectedUnit;
import com.serviceledger.kernel.inspection.QualityMonthId;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.scoring.ScorecardId;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.standalone.AccessMappingTest.Endpoint;
import com.serviceledger.standalone.fuzz.ValidBodies;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The scope specification, beside the access table ({@link AccessMappingTest#TABLE}): every endpoint with the rule
 * by which it keeps to the caller's scope, called for a unit inside the scope and one outside it, by a scoped user
 * ({@code sub1-worker}, every case role within sub-1; {@code sub1-admin} for the administrators' endpoints) and by a
 * group-level one ({@code tester}). An endpoint of the access table without its rule here fails the test, so a new
 * endpoint cannot ship without one.
 */
@StandaloneOnH2
class ScopeMatrixTest {

    /** How an endpoint keeps to the caller's scope. */
    enum Rule {
        /** Names a case (a staff member, a subsidiary, a policy) in its path: outside, a 404 like an unknown id. */
        CASE,
        /** A case's live stream: outside, it stays silent, like the stream of a case that is not there yet. */
        STREAM,
        /** Names the unit of what it makes in its body (or path): outside, a 403 naming that field. */
        NEW,
        /** A search: finds only what the scope covers. */
        LIST,
        /** Figures: a unit parameter outside is a 403 naming it; without one, the scope only. */
        UNIT,
        /** The whole group's (erasure, key rotation, a new subsidiary): less than the group is a 403. */
        GROUP,
        /** The caller's own. */
        SELF,
        /**
         * One of the caller's notifications: another's, or one of a unit outside the scope (after a transfer), is a
         * 404 like an unknown id. As {@code tangshan-agent}, a staff member (the scoped users are none).
         */
        INBOX,
        /** The machinery (views, rebuilds, dead letters, actuator): holds no unit's data. */
        OPERATIONS
    }

    /** Per endpoint of the access table: its rule, and for NEW and UNIT the field or parameter naming the unit. */
    record Scoping(Rule rule, String field) {
    }

    static final Map<String, Scoping> RULES = new LinkedHashMap<>();

    static {
        for (String command : List.of("dismiss", "forward", "contact", "on-site", "handler", "resolve",
                "reject-solution", "callback", "verify", "archive", "customer-disclosures", "investigation-result",
                "solution", "result-report", "outcome")) {
            rule("POST /api/complaints/CMP-x/" + command, Rule.CASE, null);
        }
        for (String command : List.of("request-materials", "materials-received", "assign", "assess", "plan",
                "progress", "delay", "deliver", "accept", "reject", "satisfaction", "close", "customer-disclosures")) {
            rule("POST /api/service-requests/SR-x/" + command, Rule.CASE, null);
        }
        rule("POST /api/complaints", Rule.NEW, "target.subsidiaryId");
        rule("POST /api/service-requests", Rule.NEW, "target.subsidiaryId");
        rule("POST /api/inspections", Rule.NEW, "unit.subsidiaryId");
        rule("POST /api/rectifications/RCT-x/rectify", Rule.CASE, null);
        // names its unit, but the month's case exists: outside, as unknown
        rule("POST /api/quality-months/close", Rule.CASE, null);
        rule("POST /api/scorecards/close", Rule.CASE, null);
        rule("POST /api/scorecards/stars", Rule.NEW, "subsidiaryId");
        rule("POST /api/ratings", Rule.NEW, "unit.subsidiaryId");
        rule("POST /api/policies/sub-x/versions", Rule.NEW, "subsidiaryId");
        rule("POST /api/organisation/subsidiaries", Rule.GROUP, null);
        rule("POST /api/organisation/subsidiaries/sub-x/departments", Rule.CASE, null);
        rule("POST /api/organisation/subsidiaries/sub-x/posts", Rule.CASE, null);
        for (String command : List.of("positions", "positions/relief", "unit-contacts")) {
            rule("POST /api/organisation/subsidiaries/sub-x/" + command, Rule.CASE, null);
        }
        rule("POST /api/organisation/staff", Rule.NEW, "subsidiaryId");
        rule("POST /api/complaints/CMP-x/close-unresolved", Rule.CASE, null);
        for (String command : List.of("transfer", "supervisor", "departure", "contact")) {
            rule("POST /api/organisation/staff/staff-x/" + command, Rule.CASE, null);
        }
        rule("POST /api/admin/customer-erasures", Rule.GROUP, null);
        rule("POST /api/admin/privacy/key-rotations", Rule.GROUP, null);
        rule("GET /api/admin/privacy/key-rotations", Rule.GROUP, null);
        // webhooks: a narrower admin makes, sees and changes the subscriptions whose units all lie within the scope
        rule("POST /api/admin/webhooks", Rule.NEW, "units");
        rule("GET /api/admin/webhooks", Rule.LIST, null);
        for (String webhook : List.of("GET /api/admin/webhooks/WH-x", "GET /api/admin/webhooks/WH-x/deliveries",
                "POST /api/admin/webhooks/WH-x/deliveries/DLV-x/redeliver", "DELETE /api/admin/webhooks/WH-x")) {
            rule(webhook, Rule.CASE, null);
        }
        for (String list : List.of("complaints", "service-requests", "inspections", "rectifications",
                "quality-months", "scorecards")) {
            rule("GET /api/" + list, Rule.LIST, null);
        }
        for (String view : List.of("complaints/CMP-x", "service-requests/SR-x", "ratings/RAT-x", "inspections/INS-x",
                "rectifications/RCT-x", "quality-months/QM-x", "scorecards/SC-x", "organisation/subsidiaries/sub-x",
                "organisation/staff/staff-x", "policies/sub-x", "reports/staff/staff-x", "audit/cases/CMP-x/events",
                "audit/cases/CMP-x/state", "audit/cases/CMP-x/verification", "complaints/CMP-x/timeline",
                "service-requests/SR-x/timeline")) {
            rule("GET /api/" + view, Rule.CASE, null);
        }
        for (String attachments : List.of("complaints/CMP-x", "service-requests/SR-x", "inspections/INS-x",
                "rectifications/RCT-x")) {
            rule("POST /api/" + attachments + "/attachments", Rule.CASE, null);
        }
        for (String file : List.of("complaints/CMP-x/attachments/ATT-c", "service-requests/SR-x/attachments/ATT-s",
                "inspections/INS-x/attachments/ATT-i", "rectifications/RCT-x/attachments/ATT-r")) {
            rule("GET /api/" + file, Rule.CASE, null);
        }
        // the customer file: a customer of the unit only, found as unknown outside the scope
        rule("GET /api/customers/CUS-x/cases", Rule.CASE, null);
        rule("POST /api/customers/lookup", Rule.CASE, null);
        rule("GET /api/complaints/CMP-x/live", Rule.STREAM, null);
        rule("GET /api/service-requests/SR-x/live", Rule.STREAM, null);
        rule("GET /api/me", Rule.SELF, null);
        rule("GET /api/notifications", Rule.SELF, null);
        rule("GET /api/notifications/stream", Rule.SELF, null);
        rule("POST /api/notifications/read", Rule.SELF, null);
        rule("POST /api/notifications/NTF-x/read", Rule.INBOX, null);
        for (String metric : List.of("complaint-rate", "on-time-completion", "satisfaction-trend")) {
            rule("GET /api/metrics/" + metric, Rule.UNIT, "subsidiaryId");
            rule("GET /api/metrics/" + metric + "/live", Rule.UNIT, "subsidiaryId");
        }
        rule("GET /api/metrics/complaint-sla", Rule.UNIT, "subsidiary");
        rule("GET /api/metrics/complaint-sla/live", Rule.UNIT, "subsidiary");
        rule("GET /api/reports/units/sub-x", Rule.UNIT, "subsidiaryId");
        rule("GET /api/history", Rule.UNIT, "subsidiaryId");
        rule("GET /api/audit/verification", Rule.UNIT, "unit");
        rule("GET /api/audit/export", Rule.UNIT, "unit");
        for (String operation : List.of("GET /api/admin/views", "POST /api/admin/views/no-such-view/rebuild",
                "GET /api/admin/rebuilds", "GET /api/admin/rebuilds/no-such-rebuild",
                "GET /api/admin/dead-letters/no-such-processor", "POST /api/admin/dead-letters/no-such-processor/retry",
                "GET /actuator/metrics", "GET /actuator/prometheus", "GET /actuator/processors")) {
            rule(operation, Rule.OPERATIONS, null);
        }
        rule("POST /api/improvement-actions", Rule.NEW, "subsidiaryId");
        for (String command : List.of("progress", "done", "effect-check")) {
            rule("POST /api/improvement-actions/IMP-x/" + command, Rule.CASE, null);
        }
        rule("GET /api/improvement-actions", Rule.LIST, null);
        rule("GET /api/improvement-actions/IMP-x", Rule.CASE, null);
        // emergency plans, drills and incidents: a plan names its subsidiary in the path; its drills and the
        // incidents are its cases
        rule("POST /api/emergency-plans/sub-x/SYSTEM_FAILURE/versions", Rule.NEW, "subsidiaryId");
        for (String command : List.of("drills", "drills/DRL-x/record", "drills/DRL-x/evaluate")) {
            rule("POST /api/emergency-plans/sub-x/SYSTEM_FAILURE/" + command, Rule.CASE, null);
        }
        rule("POST /api/incidents", Rule.NEW, "unit.subsidiaryId");
        for (String command : List.of("plan-activation", "report", "support-requests", "support-requests/1/support",
                "resolve", "review")) {
            rule("POST /api/incidents/INC-x/" + command, Rule.CASE, null);
        }
        rule("POST /api/complaints/CMP-x/incident", Rule.CASE, null);
        rule("GET /api/incidents", Rule.LIST, null);
        rule("GET /api/incidents/INC-x", Rule.CASE, null);
        rule("GET /api/emergency-plans", Rule.LIST, null);
        rule("GET /api/emergency-plans/sub-x/SYSTEM_FAILURE", Rule.CASE, null);
        // a department complaint's unit is the complaining department's, whose staff raise it
        rule("POST /api/department-complaints", Rule.NEW, "complainingDepartmentId");
    }

    private static void rule(String endpoint, Rule rule, String field) {
        RULES.put(endpoint, new Scoping(rule, field));
    }

    static final String IN = "sub-1";
    static final String OUT = "sub-limits";
    static final Set<String> SCOPED_ROLES = Set.of("AGENT", "DEPARTMENT_HEAD", "HANDLER", "INSPECTOR",
            "QUALITY_SUPERVISOR", "ANALYST", "AUDITOR");
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern ID_FIELD = Pattern.compile("\"(complaintId|serviceRequestId|inspectionId|ratingId|actionId)\""
            + "\\s*:\\s*\"([^\"]+)\"");

    /** The staff member zhou-min, within demo-tangshan. */
    static final String INBOX_USER = "tangshan-agent";

    @LocalServerPort
    int port;
    @Autowired
    NotificationStore notifications;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    record Answer(int status, String body) {
        boolean problem(int expected, String code) {
            return status == expected && body.contains("\"type\":\"urn:serviceledger:problem:" + code + "\"");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    @Test
    void everyEndpointOfTheAccessTableHasItsScopeRule() {
        Set<String> table = new TreeSet<>();
        TABLE.forEach(endpoint -> table.add(endpoint.toString()));
        assertThat(RULES.keySet()).as("endpoints without a scope rule").containsAll(table);
        assertThat(table).as("scope rules of endpoints that are gone").containsAll(RULES.keySet());
    }

    @Test
    void everyEndpointKeepsToTheScopeInsideOutsideAndForTheGroup() {
        Map<String, String> inside = unitWithCases(IN);
        Map<String, String> outside = unitWithCases(OUT);
        List<String> wrong = new ArrayList<>();
        // the reads first: the commands below move the cases on
        List<Endpoint> ordered = new ArrayList<>(TABLE.stream().filter(e -> e.method().equals("GET")).toList());
        ordered.addAll(TABLE.stream().filter(e -> e.method().equals("POST")).toList());
        // a deactivation last: the redelivery above needs its subscription
        ordered.addAll(TABLE.stream().filter(e -> e.method().equals("DELETE")).toList());
        for (Endpoint endpoint : ordered) {
            Scoping scoping = RULES.get(endpoint.toString());
            String scoped = endpoint.roles().stream().anyMatch(SCOPED_ROLES::contains) ? "sub1-worker" : "sub1-admin";
            switch (scoping.rule()) {
                case CASE -> {
                    expectThrough(wrong, endpoint, scoped, call(endpoint, scoped, inside), "inside");
                    Answer out = call(endpoint, scoped, outside);
                    if (!out.problem(404, "not-found")) {
                        wrong.add(endpoint + " as " + scoped + " outside: expected the unknown id's 404, got " + out);
                    }
                    expectThrough(wrong, endpoint, "tester", call(endpoint, "tester", outside), "group");
                }
                case NEW -> {
                    expectThrough(wrong, endpoint, scoped, call(endpoint, scoped, inside), "inside");
                    Answer out = call(endpoint, scoped, outside);
                    if (!out.problem(403, "out-of-scope") || !out.body().contains("\"field\":\"" + scoping.field() + "\"")) {
                        wrong.add(endpoint + " as " + scoped + " outside: expected 403 out-of-scope naming "
                                + scoping.field() + ", got " + out);
                    }
                    expectThrough(wrong, endpoint, "tester", call(endpoint, "tester", outside), "group");
                }
                case UNIT -> {
                    expectThrough(wrong, endpoint, scoped, unitCall(endpoint, scoping, scoped, IN), "inside");
                    Answer out = unitCall(endpoint, scoping, scoped, OUT);
                    if (!out.problem(403, "out-of-scope") || !out.body().contains("\"field\":\"" + scoping.field() + "\"")) {
                        wrong.add(endpoint + " as " + scoped + " outside: expected 403 out-of-scope naming "
                                + scoping.field() + ", got " + out);
                    }
                    expectThrough(wrong, endpoint, "tester", unitCall(endpoint, scoping, "tester", OUT), "group");
                }
                case GROUP -> {
                    Answer scopedAnswer = call(endpoint, scoped, inside);
                    if (!scopedAnswer.problem(403, "out-of-scope")) {
                        wrong.add(endpoint + " as " + scoped + ": expected 403 out-of-scope, got " + scopedAnswer);
                    }
                    // past the scope (a 404 here is the erasure's: no customer with this phone)
                    Answer group = call(endpoint, "tester", inside);
                    if (group.status() == 403 || group.status() >= 500) {
                        wrong.add(endpoint + " as tester (group): expected through, got " + group);
                    }
                }
                case LIST -> lists(wrong, endpoint, scoped, inside, outside);
                case STREAM -> streams(wrong, endpoint, scoped, inside, outside);
                case SELF -> expectThrough(wrong, endpoint, scoped, call(endpoint, scoped, inside), "inside");
                case INBOX -> inbox(wrong, endpoint);
                case OPERATIONS -> {
                    // no unit's data: the roles alone decide (AccessMappingTest)
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void expectThrough(List<String> wrong, Endpoint endpoint, String user, Answer answer, String where) {
        if (answer.status() == 403 || answer.status() == 404 || answer.status() >= 500) {
            wrong.add(endpoint + " as " + user + " " + where + ": expected through, got " + answer);
        }
    }

    /**
     * The staff member's notification of a unit in the scope is theirs to read; theirs of a unit outside it, someone
     * else's, and any to a user who is no staff member (the group's {@code tester}) are unknown ids. The inbox lists
     * only the first.
     */
    private void inbox(List<String> wrong, Endpoint endpoint) {
        String inScope = planInbox("zhou-min", "demo-tangshan", "dept-cs");
        String outside = planInbox("zhou-min", OUT, "dept-gate");
        String others = planInbox("wang-fang", "demo-tangshan", "dept-sales");
        expectThrough(wrong, endpoint, INBOX_USER, call("POST", endpoint.path().replace("NTF-x", inScope), INBOX_USER,
                null), "inside");
        for (String[] call : List.of(new String[] {INBOX_USER, outside}, new String[] {INBOX_USER, others},
                new String[] {"tester", inScope})) {
            Answer answer = call("POST", endpoint.path().replace("NTF-x", call[1]), call[0], null);
            if (!answer.problem(404, "not-found")) {
                wrong.add(endpoint + " as " + call[0] + " for " + call[1] + ": expected the unknown id's 404, got "
                        + answer);
            }
        }
        String listed = call("GET", "/api/notifications?size=100", INBOX_USER, null).body();
        if (!listed.contains(inScope) || listed.contains(outside) || listed.contains(others)) {
            wrong.add("GET /api/notifications as " + INBOX_USER + ": expected " + inScope + " only, got " + listed);
        }
    }

    private String planInbox(String staffId, String subsidiary, String department) {
        String eventId = "matrix-" + UUID.randomUUID();
        Delivery row = Delivery.planned(eventId, Delivery.staff(staffId), NotificationChannel.INBOX,
                NotificationKind.CASE_ASSIGNED, "CMP-matrix", subsidiary, department, staffId, null, "en",
                "{\"kind\":\"CASE_ASSIGNED\",\"caseType\":\"complaint\",\"caseId\":\"CMP-matrix\",\"facts\":{}}",
                Instant.now(), Instant.now());
        notifications.plan(row);
        return row.id();
    }

    /** A search as the scoped user holds the unit's cases and none outside; the group's holds both. */
    private void lists(List<String> wrong, Endpoint endpoint, String scoped, Map<String, String> inside,
                       Map<String, String> outside) {
        String sample = switch (endpoint.path()) {
            case "/api/complaints" -> "CMP-x";
            case "/api/service-requests" -> "SR-x";
            case "/api/inspections" -> "INS-x";
            case "/api/rectifications" -> "RCT-x";
            case "/api/quality-months" -> "QM-x";
            case "/api/admin/webhooks" -> "WH-x";
            case "/api/improvement-actions" -> "IMP-x";
            case "/api/incidents" -> "INC-x";
            case "/api/emergency-plans" -> "EPL-x";
            default -> "SC-x";
        };
        String path = endpoint.path() + "?size=100";
        try {
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(call("GET", path, "tester", null).body()).contains(inside.get(sample), outside.get(sample));
                String scopedBody = call("GET", path, scoped, null).body();
                assertThat(scopedBody).contains(inside.get(sample)).doesNotContain(outside.get(sample));
            });
        } catch (RuntimeException | AssertionError e) {
            wrong.add(endpoint + ": " + e.getMessage());
        }
    }

    /** A live stream inside the scope sends the case; outside it sends nothing, as for an unknown id. */
    private void streams(List<String> wrong, Endpoint endpoint, String scoped, Map<String, String> inside,
                         Map<String, String> outside) {
        if (!firstData(withIds(endpoint.path(), inside), scoped, PATIENCE)) {
            wrong.add(endpoint + " as " + scoped + " inside: the case never came");
        }
        if (firstData(withIds(endpoint.path(), outside), scoped, Duration.ofSeconds(2))) {
            wrong.add(endpoint + " as " + scoped + " outside: the stream sent the case");
        }
        if (!firstData(withIds(endpoint.path(), outside), "tester", PATIENCE)) {
            wrong.add(endpoint + " as tester (group) outside: the case never came");
        }
    }

    private boolean firstData(String path, String user, Duration within) {
        HttpRequest request = request(path, user).header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        try {
            return CompletableFuture.supplyAsync(() -> response.join().body().anyMatch(line -> line.startsWith("data:")))
                    .get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException silent) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        } finally {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }

    /** The endpoint for a unit given by a query parameter or, for a unit report, in the path. */
    private Answer unitCall(Endpoint endpoint, Scoping scoping, String user, String subsidiary) {
        String path = endpoint.path().replace("/sub-x", "/" + subsidiary);
        if (endpoint.path().contains("sub-x")) {
            path += periodOf(path, "?");
        } else {
            path += "?" + scoping.field() + "=" + subsidiary + periodOf(path, "&");
        }
        return endpoint.path().endsWith("/live") ? streamStatus(path, user) : call("GET", path, user, null);
    }

    private static boolean isStream(String path) {
        return path.endsWith("/live") || path.endsWith("/stream");
    }

    /** The period parameters an endpoint needs: this month for figures and reports, today for the audit. */
    private static String periodOf(String path, String separator) {
        String month = thisMonth();
        if (path.startsWith("/api/metrics/")) {
            return separator + "from=" + month + "&to=" + month;
        }
        if (path.startsWith("/api/reports/")) {
            return separator + "at=" + month;
        }
        if (path.equals("/api/audit/verification") || path.equals("/api/audit/export")) {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            return separator + "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        }
        return "";
    }

    /** A stream's status and, for a refusal, its problem (the refusal comes before any event). */
    private Answer streamStatus(String path, String user) {
        try {
            HttpResponse<InputStream> response = http.send(request(path, user).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return new Answer(response.statusCode(), response.statusCode() == 200 ? ""
                        : new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The endpoint with the unit's ids put in, and for a command the valid body for that unit. */
    private Answer call(Endpoint endpoint, String user, Map<String, String> unit) {
        String path = withIds(endpoint.path(), unit) + periodOf(endpoint.path(), "?");
        if (endpoint.method().equals("GET")) {
            return isStream(endpoint.path()) ? streamStatus(path, user) : call("GET", path, user, null);
        }
        if (endpoint.method().equals("DELETE")) {
            return call("DELETE", path, user, null);
        }
        if (endpoint.path().endsWith("/attachments")) {
            return upload(path, user);
        }
        if (endpoint.path().equals("/api/customers/lookup")) {
            return call("POST", path, user, "{\"phone\":\"" + unit.get("phone") + "\"}");
        }
        String template = template(endpoint.path());
        String body = ValidBodies.forUnit(template, unit.get("sub-x"));
        if (endpoint.path().equals("/api/organisation/subsidiaries")) {
            body = "{\"subsidiaryId\":\"sub-matrix-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"name\":\"Matrix Ltd\",\"timeZone\":\"Asia/Shanghai\"}";
        } else if (endpoint.path().equals("/api/organisation/staff")) {
            body = "{\"staffId\":\"" + unit.get("sub-x") + ".matrix-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"name\":\"Matrix\",\"subsidiaryId\":\"" + unit.get("sub-x") + "\",\"departmentId\":\"dept-gate\"}";
        } else if (endpoint.path().equals("/api/scorecards/close")) {
            // this month's scorecard, which exists (too early to close: a 422 inside the scope)
            body = "{\"month\":\"" + thisMonth() + "\",\"staffId\":\"" + unit.get("staff-9") + "\"}";
        } else if (endpoint.path().equals("/api/quality-months/close")) {
            body = "{\"unit\":{\"subsidiaryId\":\"" + unit.get("sub-x") + "\",\"siteId\":\"" + unit.get("site")
                    + "\",\"contractorId\":\"clean-co\"},\"month\":\"" + thisMonth() + "\"}";
        }
        return call("POST", path, user, body);
    }

    /** The access table's sample path as the API description's template, for its valid body. */
    private static String template(String path) {
        if (path.startsWith("/api/emergency-plans/") || path.startsWith("/api/incidents/")) {
            return path.replaceFirst("^/api/emergency-plans/[^/]+/[^/]+", "/api/emergency-plans/{subsidiaryId}/{kind}")
                    .replaceFirst("/drills/[^/]+/", "/drills/{drillId}/")
                    .replaceFirst("^/api/incidents/[^/]+", "/api/incidents/{incidentId}")
                    .replaceFirst("/support-requests/[^/]+/", "/support-requests/{requestNo}/");
        }
        for (String candidate : List.of("/api/complaints/{complaintId}", "/api/service-requests/{requestId}",
                "/api/rectifications/{rectificationId}", "/api/policies/{subsidiaryId}",
                "/api/organisation/subsidiaries/{subsidiaryId}", "/api/organisation/staff/{staffId}",
                "/api/improvement-actions/{actionId}")) {
            String prefix = candidate.substring(0, candidate.indexOf('{'));
            if (path.startsWith(prefix) && path.length() > prefix.length()) {
                String rest = path.substring(prefix.length());
                int slash = rest.indexOf('/');
                if (slash > 0 && PathPatternParser.defaultInstance.parse(candidate + "/**")
                        .matches(PathContainer.parsePath(path))) {
                    return candidate + rest.substring(slash);
                }
            }
        }
        return path;
    }

    private static String withIds(String path, Map<String, String> unit) {
        String result = path;
        for (var id : unit.entrySet()) {
            result = result.replace("/" + id.getKey() + "/", "/" + id.getValue() + "/");
            if (result.endsWith("/" + id.getKey())) {
                result = result.substring(0, result.length() - id.getKey().length()) + id.getValue();
            }
        }
        return result;
    }

    /**
     * A unit of the test organisation with one of each kind of case, made by the group-level user: a complaint
     * verified with a staff member to blame (so a scorecard is scored), a service request, a rating, an inspection
     * with a failed item (so a rectification and a quality month), the unit's policy and a staff member of its own.
     * By sample id of the access table.
     */
    private Map<String, String> unitWithCases(String subsidiary) {
        Map<String, String> ids = new LinkedHashMap<>();
        String staff9 = TestOrganisation.staffOf(subsidiary, "staff-9");
        ids.put("sub-x", subsidiary);
        ids.put("staff-9", staff9);
        // before the complaint, whose forwarding it is told of (to a closed port: the delivery stays pending)
        Matcher webhook = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(post("/api/admin/webhooks",
                "{\"url\":\"http://127.0.0.1:9/matrix\",\"kinds\":[\"CASE_ASSIGNED\"],\"units\":[\"" + subsidiary
                        + "\"]}").body());
        assertThat(webhook.find()).isTrue();
        ids.put("WH-x", webhook.group(1));
        String complaint = created("/api/complaints", ValidBodies.forUnit("/api/complaints", subsidiary));
        String path = "/api/complaints/" + complaint;
        String head = TestOrganisation.staffOf(subsidiary, "head-1");
        String handler = TestOrganisation.staffOf(subsidiary, "handler-3");
        post(path + "/forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"" + head + "\"}");
        post(path + "/contact", "{\"contactedBy\":\"" + head + "\",\"proposedSolution\":\"Open a second lane\"}");
        post(path + "/handler", "{\"handlerId\":\"" + handler + "\"}");
        post(path + "/resolve", "{\"resolution\":\"Second lane open\"}");
        post(path + "/callback", "{\"satisfaction\":4,\"solutionAccepted\":true}");
        post(path + "/verify", "{\"responsibleStaffId\":\"" + staff9 + "\",\"misconduct\":\"ATTITUDE\","
                + "\"findings\":\"rude\"}");
        ids.put("CMP-x", complaint);
        ids.put("SR-x", created("/api/service-requests", ValidBodies.forUnit("/api/service-requests", subsidiary)));
        ids.put("RAT-x", created("/api/ratings", ValidBodies.forUnit("/api/ratings", subsidiary)));
        String site = "site-matrix-" + suffix;
        post("/api/organisation/subsidiaries/" + subsidiary + "/posts",
                "{\"postId\":\"" + site + "\",\"departmentId\":\"dept-gate\",\"name\":\"Matrix site\"}");
        String inspection = created("/api/inspections", """
                {"kind":"DAILY","unit":{"subsidiaryId":"%s","siteId":"%s","contractorId":"clean-co"},
                 "inspectors":[{"inspectorId":"%s","role":"FOREMAN"}],
                 "items":[{"standardCode":"floor-clean","result":"FAIL","severity":"MINOR","note":"dust"}]}"""
                .formatted(subsidiary, site, TestOrganisation.staffOf(subsidiary, "foreman-1")));
        ids.put("INS-x", inspection);
        ids.put("RCT-x", "RCT-" + inspection + "-1");
        String month = thisMonth();
        ids.put("QM-x", QualityMonthId.of(new InspectedUnit(subsidiary, site, "clean-co"), month));
        ids.put("site", site);
        ids.put("SC-x", ScorecardId.of(staff9, YearMonth.parse(month)));
        String member = subsidiary + ".matrix-" + suffix;
        post("/api/organisation/staff", "{\"staffId\":\"" + member + "\",\"name\":\"Matrix\",\"subsidiaryId\":\""
                + subsidiary + "\",\"departmentId\":\"dept-gate\"}");
        ids.put("staff-x", member);
        ids.put("IMP-x", created("/api/improvement-actions",
                ValidBodies.forUnit("/api/improvement-actions", subsidiary)));
        post("/api/policies/" + subsidiary + "/versions", ValidBodies.forUnit("/api/policies/{subsidiaryId}/versions",
                subsidiary));
        // the unit's plan for system failures with a planned drill, and an incident (its plan activated)
        String plan = "/api/emergency-plans/" + subsidiary + "/SYSTEM_FAILURE";
        post(plan + "/versions", ValidBodies.forUnit("/api/emergency-plans/{subsidiaryId}/{kind}/versions", subsidiary));
        Matcher drill = Pattern.compile("\"drillId\"\\s*:\\s*\"([^\"]+)\"").matcher(post(plan + "/drills",
                ValidBodies.forUnit("/api/emergency-plans/{subsidiaryId}/{kind}/drills", subsidiary)).body());
        assertThat(drill.find()).isTrue();
        ids.put("DRL-x", drill.group(1));
        Matcher incident = Pattern.compile("\"incidentId\"\\s*:\\s*\"([^\"]+)\"").matcher(post("/api/incidents",
                ValidBodies.forUnit("/api/incidents", subsidiary)).body());
        assertThat(incident.find()).isTrue();
        ids.put("INC-x", incident.group(1));
        String incidentView = "/api/incidents/" + incident.group(1);
        await().atMost(PATIENCE).until(() -> call("GET", incidentView, "tester", null).status() == 200);
        ids.put("EPL-x", "EPL-" + subsidiary + "-SYSTEM_FAILURE");
        await().atMost(PATIENCE).until(() -> call("GET", plan, "tester", null).status() == 200);
        // every view, the relays' cases and their views in place before the matrix reads them
        for (String view : List.of("complaints/CMP-x", "service-requests/SR-x", "ratings/RAT-x", "inspections/INS-x",
                "rectifications/RCT-x", "quality-months/QM-x", "scorecards/SC-x", "organisation/staff/staff-x",
                "policies/sub-x", "improvement-actions/IMP-x")) {
            String read = withIds("/api/" + view, ids);
            await().atMost(PATIENCE).until(() -> call("GET", read, "tester", null).status() == 200);
        }
        await().atMost(PATIENCE).until(() -> call("GET", "/api/history?aggregateId=" + complaint, "tester", null)
                .status() == 200);
        // a file on each case, by its own sample id
        for (var attachment : Map.of("ATT-c", "complaints/CMP-x", "ATT-s", "service-requests/SR-x",
                "ATT-i", "inspections/INS-x", "ATT-r", "rectifications/RCT-x").entrySet()) {
            Answer uploaded = upload(withIds("/api/" + attachment.getValue() + "/attachments", ids), "tester");
            Matcher id = Pattern.compile("\"attachmentId\"\\s*:\\s*\"([^\"]+)\"").matcher(uploaded.body());
            assertThat(id.find()).as(attachment + ": " + uploaded).isTrue();
            ids.put(attachment.getKey(), id.group(1));
        }
        // a customer of this unit alone (the valid bodies' customer is every unit's)
        String phone = "135" + String.format("%08d", Math.floorMod((subsidiary + suffix).hashCode(), 100_000_000));
        String own = created("/api/complaints", ValidBodies.forUnit("/api/complaints", subsidiary)
                .replace("13812341234", phone).replace("li@example.com", phone + "@example.com"));
        await().atMost(PATIENCE).until(() -> call("GET", "/api/complaints/" + own, "tester", null).body()
                .contains("\"customerId\""));
        Matcher customer = Pattern.compile("\"customerId\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(call("GET", "/api/complaints/" + own, "tester", null).body());
        assertThat(customer.find()).isTrue();
        ids.put("CUS-x", customer.group(1));
        ids.put("phone", phone);
        // the customer file searches the views: it finds the case once the index has refreshed
        await().atMost(PATIENCE).until(() -> call("GET", "/api/customers/" + customer.group(1) + "/cases", "tester",
                null).status() == 200);
        String deliveries = "/api/admin/webhooks/" + ids.get("WH-x") + "/deliveries";
        await().atMost(PATIENCE).until(() -> call("GET", deliveries, "tester", null).body().contains("\"seq\""));
        Matcher delivery = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(call("GET", deliveries, "tester", null).body());
        assertThat(delivery.find()).isTrue();
        ids.put("DLV-x", delivery.group(1));
        return ids;
    }

    /** The month as the test units' time zone has it now. */
    private static String thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private String created(String path, String body) {
        Answer answer = post(path, body);
        Matcher id = ID_FIELD.matcher(answer.body());
        assertThat(id.find()).as(path + ": " + answer).isTrue();
        return id.group(2);
    }

    private Answer post(String path, String body) {
        Answer answer = call("POST", path, "tester", body);
        assertThat(answer.status()).as("POST " + path + ": " + answer).isBetween(200, 299);
        return answer;
    }

    /** A new file for the case (a case's attachments take multipart, not JSON). */
    private Answer upload(String path, String user) {
        try {
            HttpResponse<String> response = http.send(RawApi.upload(port, path, user, "matrix.pdf", RawApi.uniquePdf())
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("upload to " + path + " as " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        return RawApi.asUser(port, path, user);
    }

    private Answer call(String method, String path, String user, String body) {
        HttpRequest.Builder request = RawApi.call(port, method, path, user, body);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " as " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
