package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The access specification, written apart from the production rules: every endpoint of both sides with the
 * roles allowed to call it. Each endpoint is called by a user holding exactly one role, for every role: allowed
 * means the request gets past security (any status but 401 and 403: a 400 or 404 from the handler is fine),
 * denied means a 403 problem. Without credentials every endpoint but health and info answers 401. And no handler
 * of the application may be missing from the table, so a new endpoint cannot ship unmapped. And every success
 * seen over HTTP ({@link SuccessScenario}: every command endpoint, and the reads that find what it made) answers
 * the one success status the API description documents for it.
 */
@StandaloneOnH2
class AccessMappingTest {

    static final String AG = "AGENT", DH = "DEPARTMENT_HEAD", HA = "HANDLER", IN = "INSPECTOR",
            QS = "QUALITY_SUPERVISOR", AN = "ANALYST", AU = "AUDITOR", AD = "ADMIN";
    /** One test user per role (src/test/resources/config/application.properties; password = name). */
    static final Map<String, String> USER_OF_ROLE = new LinkedHashMap<>();

    static {
        USER_OF_ROLE.put(AG, "agent");
        USER_OF_ROLE.put(DH, "head");
        USER_OF_ROLE.put(HA, "handler");
        USER_OF_ROLE.put(IN, "inspector");
        USER_OF_ROLE.put(QS, "supervisor");
        USER_OF_ROLE.put(AN, "analyst");
        USER_OF_ROLE.put(AU, "auditor");
        USER_OF_ROLE.put(AD, "admin");
    }

    static final Set<String> CASE_READERS = Set.of(AG, DH, HA, IN, QS, AU);
    static final Set<String> FIGURES = Set.of(AN, QS, AU);
    static final Set<String> EVERYONE = Set.of(AG, DH, HA, IN, QS, AN, AU, AD);

    record Endpoint(String method, String path, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Endpoint get(String path, Set<String> roles) {
        return new Endpoint("GET", path, roles);
    }

    static Endpoint post(String path, String... roles) {
        return new Endpoint("POST", path, Set.of(roles));
    }

    static Endpoint delete(String path, String... roles) {
        return new Endpoint("DELETE", path, Set.of(roles));
    }

    /** The specification. Sample ids name nothing that exists: allowed calls end in 400 or 404, never a change. */
    static final List<Endpoint> TABLE = List.of(
            // complaints: commands
            post("/api/complaints", AG),
            post("/api/complaints/CMP-x/dismiss", AG, QS),
            post("/api/complaints/CMP-x/forward", AG, DH),
            post("/api/complaints/CMP-x/contact", DH, HA),
            post("/api/complaints/CMP-x/on-site", HA, DH),
            post("/api/complaints/CMP-x/handler", DH),
            post("/api/complaints/CMP-x/resolve", HA),
            post("/api/complaints/CMP-x/reject-solution", HA, DH),
            post("/api/complaints/CMP-x/callback", HA, AG, QS),
            post("/api/complaints/CMP-x/verify", QS),
            post("/api/complaints/CMP-x/archive", AG, QS),
            post("/api/complaints/CMP-x/customer-disclosures", AG, HA, DH, QS),
            post("/api/complaints/CMP-x/investigation-result", DH),
            post("/api/complaints/CMP-x/solution", DH),
            post("/api/complaints/CMP-x/result-report", DH),
            post("/api/complaints/CMP-x/outcome", AG),
            // service requests: commands
            post("/api/service-requests", AG),
            post("/api/service-requests/SR-x/request-materials", AG),
            post("/api/service-requests/SR-x/materials-received", AG),
            post("/api/service-requests/SR-x/assign", DH),
            post("/api/service-requests/SR-x/assess", HA, DH),
            post("/api/service-requests/SR-x/plan", HA, DH),
            post("/api/service-requests/SR-x/progress", HA),
            post("/api/service-requests/SR-x/delay", HA, DH),
            post("/api/service-requests/SR-x/deliver", HA),
            post("/api/service-requests/SR-x/accept", AG, HA),
            post("/api/service-requests/SR-x/reject", AG, HA),
            post("/api/service-requests/SR-x/satisfaction", AG, QS),
            post("/api/service-requests/SR-x/close", AG, DH),
            post("/api/service-requests/SR-x/customer-disclosures", AG, HA, DH, QS),
            // inspections, scoring, ratings: commands
            post("/api/inspections", IN),
            post("/api/rectifications/RCT-x/rectify", HA, IN),
            post("/api/quality-months/close", IN, QS),
            post("/api/scorecards/close", QS),
            post("/api/scorecards/stars", QS),
            post("/api/ratings", AG, QS),
            // administration: commands
            post("/api/policies/sub-x/versions", AD),
            post("/api/organisation/subsidiaries", AD),
            post("/api/organisation/subsidiaries/sub-x/departments", AD),
            post("/api/organisation/subsidiaries/sub-x/posts", AD),
            post("/api/organisation/subsidiaries/sub-x/positions", AD),
            post("/api/organisation/subsidiaries/sub-x/positions/relief", AD),
            post("/api/organisation/subsidiaries/sub-x/unit-contacts", AD),
            post("/api/organisation/staff", AD),
            post("/api/organisation/staff/staff-x/transfer", AD),
            post("/api/organisation/staff/staff-x/supervisor", AD),
            post("/api/organisation/staff/staff-x/departure", AD),
            post("/api/organisation/staff/staff-x/contact", AD),
            post("/api/admin/customer-erasures", AD),
            // key rotation: with nothing under a retired key a run changes nothing
            post("/api/admin/privacy/key-rotations", AD),
            get("/api/admin/privacy/key-rotations", Set.of(AD)),
            // webhook subscriptions and their delivery log
            post("/api/admin/webhooks", AD),
            get("/api/admin/webhooks", Set.of(AD)),
            get("/api/admin/webhooks/WH-x", Set.of(AD)),
            delete("/api/admin/webhooks/WH-x", AD),
            get("/api/admin/webhooks/WH-x/deliveries", Set.of(AD)),
            post("/api/admin/webhooks/WH-x/deliveries/DLV-x/redeliver", AD),
            // case attachments: uploaded by whoever works the case, read by whoever reads it
            post("/api/complaints/CMP-x/attachments", AG, DH, HA, QS),
            post("/api/service-requests/SR-x/attachments", AG, DH, HA, QS),
            post("/api/inspections/INS-x/attachments", IN, QS),
            post("/api/rectifications/RCT-x/attachments", HA, IN, QS),
            get("/api/complaints/CMP-x/attachments/ATT-c", CASE_READERS),
            get("/api/service-requests/SR-x/attachments/ATT-s", CASE_READERS),
            get("/api/inspections/INS-x/attachments/ATT-i", CASE_READERS),
            get("/api/rectifications/RCT-x/attachments/ATT-r", CASE_READERS),
            // the customer file
            get("/api/customers/CUS-x/cases", CASE_READERS),
            post("/api/customers/lookup", AG, DH, HA, IN, QS, AU),

            // case views (customer data, masked): not for analysts
            get("/api/complaints", CASE_READERS),
            get("/api/complaints/CMP-x", CASE_READERS),
            get("/api/complaints/CMP-x/live", CASE_READERS),
            get("/api/complaints/CMP-x/timeline", CASE_READERS),
            get("/api/service-requests", CASE_READERS),
            get("/api/service-requests/SR-x", CASE_READERS),
            get("/api/service-requests/SR-x/live", CASE_READERS),
            get("/api/service-requests/SR-x/timeline", CASE_READERS),
            get("/api/ratings/RAT-x", CASE_READERS),
            get("/api/inspections", CASE_READERS),
            get("/api/inspections/INS-x", CASE_READERS),
            get("/api/rectifications", CASE_READERS),
            get("/api/rectifications/RCT-x", CASE_READERS),
            get("/api/quality-months", CASE_READERS),
            get("/api/quality-months/QM-x", CASE_READERS),
            get("/api/scorecards", Set.of(DH, QS, AU)),
            get("/api/scorecards/SC-x", Set.of(DH, QS, AU)),
            get("/api/me", EVERYONE),
            get("/api/organisation/subsidiaries/sub-x", EVERYONE),
            get("/api/organisation/staff/staff-x", EVERYONE),
            get("/api/policies/sub-x", EVERYONE),
            // my notifications: everybody's own inbox (a user who is no staff member has an empty one)
            get("/api/notifications", EVERYONE),
            get("/api/notifications/stream", EVERYONE),
            post("/api/notifications/NTF-x/read", AG, DH, HA, IN, QS, AN, AU, AD),
            post("/api/notifications/read", AG, DH, HA, IN, QS, AN, AU, AD),
            // figures
            get("/api/metrics/complaint-rate", FIGURES),
            get("/api/metrics/complaint-rate/live", FIGURES),
            get("/api/metrics/on-time-completion", FIGURES),
            get("/api/metrics/on-time-completion/live", FIGURES),
            get("/api/metrics/satisfaction-trend", FIGURES),
            get("/api/metrics/satisfaction-trend/live", FIGURES),
            get("/api/metrics/complaint-sla", FIGURES),
            get("/api/metrics/complaint-sla/live", FIGURES),
            get("/api/reports/units/sub-x", FIGURES),
            get("/api/reports/staff/staff-x", FIGURES),
            get("/api/history", FIGURES),
            // audit (some of these are being added on other branches)
            get("/api/audit/cases/CMP-x/events", Set.of(AU, AD)),
            get("/api/audit/cases/CMP-x/state", Set.of(AU, AD)),
            get("/api/audit/cases/CMP-x/verification", Set.of(AU, AD)),
            get("/api/audit/verification", Set.of(AU, AD)),
            get("/api/audit/export", Set.of(AU, AD)),
            // administration
            get("/api/admin/views", Set.of(AD, AU)),
            post("/api/admin/views/no-such-view/rebuild", AD),
            get("/api/admin/rebuilds", Set.of(AD, AU)),
            get("/api/admin/rebuilds/no-such-rebuild", Set.of(AD, AU)),
            // dead ends (issue 19): an escalated complaint closed unresolved
            post("/api/complaints/CMP-x/close-unresolved", QS),
            get("/api/admin/dead-letters/no-such-processor", Set.of(AD, AU)),
            post("/api/admin/dead-letters/no-such-processor/retry", AD),
            get("/actuator/metrics", Set.of(AD)),
            get("/actuator/prometheus", Set.of(AD)),
            get("/actuator/processors", Set.of(AD)),
            // improvement actions: commands, then the case readers' view
            post("/api/improvement-actions", QS, DH),
            post("/api/improvement-actions/IMP-x/progress", HA, DH),
            post("/api/improvement-actions/IMP-x/done", HA, DH),
            post("/api/improvement-actions/IMP-x/effect-check", QS),
            get("/api/improvement-actions", CASE_READERS),
            get("/api/improvement-actions/IMP-x", CASE_READERS),
            // emergency plans, drills and incidents: commands
            post("/api/emergency-plans/sub-x/SYSTEM_FAILURE/versions", QS),
            post("/api/emergency-plans/sub-x/SYSTEM_FAILURE/drills", QS, DH),
            post("/api/emergency-plans/sub-x/SYSTEM_FAILURE/drills/DRL-x/record", QS, DH),
            post("/api/emergency-plans/sub-x/SYSTEM_FAILURE/drills/DRL-x/evaluate", QS),
            post("/api/incidents", AG, HA, DH, QS),
            post("/api/incidents/INC-x/plan-activation", AG, HA, DH, QS),
            post("/api/incidents/INC-x/report", AG, HA, DH, QS),
            post("/api/incidents/INC-x/support-requests", DH, QS),
            post("/api/incidents/INC-x/support-requests/1/support", DH, QS),
            post("/api/incidents/INC-x/resolve", HA, DH, QS),
            post("/api/incidents/INC-x/review", QS),
            post("/api/complaints/CMP-x/incident", AG, DH, QS),
            get("/api/incidents", CASE_READERS),
            get("/api/incidents/INC-x", CASE_READERS),
            get("/api/emergency-plans", CASE_READERS),
            get("/api/emergency-plans/sub-x/SYSTEM_FAILURE", CASE_READERS),
            // department-coordination complaints (002 第5篇 二.2): raised by the complaining department's staff
            post("/api/department-complaints", AG, HA, DH));

    /** Command endpoints the success scenario cannot make succeed, and why; any other must succeed in it. */
    static final Map<String, String> SUCCESS_NOT_EXERCISED = Map.of(
            "/api/scorecards/close", "a scorecard closes only once its month is over",
            "/api/scorecards/stars", "a star is named from the closed scorecards of a past month",
            "/api/quality-months/close", "a quality month closes only once it is over",
            "/api/rectifications/RCT-x/rectify", "a rectification is raised asynchronously from a failed item",
            "/api/rectifications/RCT-x/attachments", "a rectification is raised asynchronously from a failed item");

    static final int PARALLEL_CALLS = 6;
    /** Open to anyone: the probes, and the API description with its UI (ApiDocsTest). */
    static final List<String> PUBLIC = List.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness", "/actuator/info", "/v3/api-docs", "/swagger-ui.html");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String contentType, String body, String challenge) {
    }

    @Test
    void everyEndpointLetsThroughExactlyItsRolesAndTellsTheOthersForbidden() {
        List<String> wrong = inParallel(TABLE.stream().flatMap(endpoint -> USER_OF_ROLE.keySet().stream()
                .map(role -> (Supplier<String>) () -> {
                    Answer answer = call(endpoint, USER_OF_ROLE.get(role));
                    boolean allowed = endpoint.roles().contains(role);
                    if (allowed && (answer.status() == 401 || answer.status() == 403)) {
                        return endpoint + " as " + role + ": expected through, got " + answer.status();
                    }
                    if (!allowed && !isProblem(answer, 403, "forbidden")) {
                        return endpoint + " as " + role + ": expected 403 problem, got " + answer;
                    }
                    return null;
                })).toList());
        assertThat(wrong).isEmpty();
    }

    @Test
    void aUserWithoutRolesIsForbiddenEverywhere() {
        List<String> wrong = inParallel(TABLE.stream().map(endpoint -> (Supplier<String>) () -> {
            Answer answer = call(endpoint, "nobody");
            return isProblem(answer, 403, "forbidden") ? null : endpoint + ": " + answer;
        }).toList());
        assertThat(wrong).isEmpty();
    }

    @Test
    void withoutCredentialsEveryEndpointButHealthAndInfoAnswers401WithAChallenge() {
        List<String> wrong = inParallel(TABLE.stream().map(endpoint -> (Supplier<String>) () -> {
            Answer answer = call(endpoint, null);
            boolean challenged = answer.challenge() != null && answer.challenge().startsWith("Basic ");
            return isProblem(answer, 401, "unauthenticated") && challenged ? null : endpoint + ": " + answer;
        }).toList());
        assertThat(wrong).isEmpty();
        for (String path : PUBLIC) {
            assertThat(call(new Endpoint("GET", path, Set.of()), null).status()).as(path).isNotIn(401, 403);
        }
    }

    @Test
    void wrongPasswordsAndUnknownPathsAreRefused() {
        Answer badPassword = call(new Endpoint("GET", "/api/complaints", CASE_READERS), "agent", "not-agent");
        assertThat(isProblem(badPassword, 401, "unauthenticated")).as(badPassword.toString()).isTrue();
        // nothing is open by default: a path no rule names is denied even to a user holding every role
        Answer unknown = call(new Endpoint("GET", "/api/no-such-thing", Set.of()), "tester");
        assertThat(isProblem(unknown, 403, "forbidden")).as(unknown.toString()).isTrue();
    }

    @Test
    void everyHandlerOfTheApplicationIsInTheTable() {
        List<String> missing = new ArrayList<>();
        int handlers = 0;
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            for (var handler : mapping.getHandlerMethods().entrySet()) {
                if (handler.getValue().getBeanType().getName().startsWith("org.springdoc")) {
                    continue; // the API description and its UI: open, see PUBLIC
                }
                RequestMappingInfo info = handler.getKey();
                for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                    List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
                    for (String method : methods.isEmpty() ? List.of("GET", "POST", "PUT", "PATCH", "DELETE")
                            : methods) {
                        handlers++;
                        boolean listed = TABLE.stream().anyMatch(e -> e.method().equals(method)
                                && pattern.matches(PathContainer.parsePath(e.path())));
                        if (!listed) {
                            missing.add(method + " " + pattern.getPatternString());
                        }
                    }
                }
            }
        }
        assertThat(handlers).as("handler methods found").isGreaterThan(60);
        assertThat(missing).as("endpoints missing from the access table").isEmpty();
    }

    @Test
    void everySuccessAnswersTheStatusTheApiDescriptionDocuments() throws IOException, InterruptedException {
        JsonNode paths = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v3/api-docs")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("paths");
        SuccessScenario scenario = new SuccessScenario(port).run();
        for (Endpoint endpoint : TABLE) {
            if (endpoint.method().equals("GET") && !endpoint.path().startsWith("/actuator/")) {
                scenario.call("GET", scenario.withRealIds(endpoint.path()), null);
            }
        }
        List<String> wrong = new ArrayList<>();
        Set<String> succeeded = new TreeSet<>();
        int reads = 0;
        for (SuccessScenario.Observed answer : scenario.observed()) {
            Optional<String> template = documentedPath(paths, answer.method(), answer.path());
            if (template.isEmpty()) {
                wrong.add(answer + ": not in the API description");
                continue;
            }
            if (!answer.succeeded()) {
                if (answer.method().equals("POST")) {
                    wrong.add("the scenario's call did not succeed: " + answer);
                }
                continue; // a read of a sample id no run made: 404, nothing to compare
            }
            reads += answer.method().equals("GET") ? 1 : 0;
            succeeded.add(answer.method() + " " + template.get());
            List<String> documented = new ArrayList<>();
            paths.get(template.get()).get(answer.method().toLowerCase()).get("responses").fieldNames()
                    .forEachRemaining(status -> {
                        if (status.startsWith("2")) {
                            documented.add(status);
                        }
                    });
            if (!documented.equals(List.of(String.valueOf(answer.status())))) {
                wrong.add(answer.method() + " " + template.get() + ": answered " + answer.status() + ", documented "
                        + documented);
            }
        }
        for (Endpoint endpoint : TABLE) {
            if (endpoint.method().equals("POST") && !SUCCESS_NOT_EXERCISED.containsKey(endpoint.path())) {
                String template = documentedPath(paths, "POST", endpoint.path()).orElse(endpoint.path());
                if (!succeeded.contains("POST " + template)) {
                    wrong.add(endpoint + ": never succeeded in the scenario (add a call, or say why not)");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(reads).as("reads that succeeded").isGreaterThan(10);
    }

    /** The API description's path template that serves this concrete path with this method. */
    static Optional<String> documentedPath(JsonNode paths, String method, String path) {
        List<String> templates = new ArrayList<>();
        paths.fieldNames().forEachRemaining(templates::add);
        return templates.stream()
                .filter(template -> paths.get(template).has(method.toLowerCase()))
                .filter(template -> PathPatternParser.defaultInstance.parse(template)
                        .matches(PathContainer.parsePath(path)))
                // a literal segment wins over a variable one ("/close" over "/{id}")
                .min(java.util.Comparator.comparingInt((String template) -> template.split("\\{", -1).length));
    }

    /** Runs the checks a few at a time (they are independent); returns the complaints, in table order. */
    static List<String> inParallel(List<Supplier<String>> checks) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CALLS);
        try {
            List<CompletableFuture<String>> results = checks.stream()
                    .map(check -> CompletableFuture.supplyAsync(check, pool)).toList();
            return results.stream().map(CompletableFuture::join).filter(Objects::nonNull).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    static boolean isProblem(Answer answer, int status, String code) {
        return answer.status() == status
                && answer.contentType() != null && answer.contentType().startsWith("application/problem+json")
                && answer.body().contains("\"type\":\"urn:serviceledger:problem:" + code + "\"");
    }

    Answer call(Endpoint endpoint, String user) {
        return call(endpoint, user, user);
    }

    /** Real HTTP; the body is read only from refusals, so an allowed event stream is simply closed. */
    Answer call(Endpoint endpoint, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
                .timeout(Duration.ofSeconds(30));
        if (endpoint.method().equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"));
        } else if (endpoint.method().equals("DELETE")) {
            request.header("Content-Type", "application/json").DELETE();
        } else {
            request.GET();
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                String text = status == 401 || status == 403
                        ? new String(body.readAllBytes(), StandardCharsets.UTF_8) : "";
                return new Answer(status, response.headers().firstValue("Content-Type").orElse(null), text,
                        response.headers().firstValue("WWW-Authenticate").orElse(null));
            }
        } catch (IOException e) {
            throw new IllegalStateException(endpoint + " as " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
