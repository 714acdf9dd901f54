package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.fuzz.BadValues;
import com.serviceledger.standalone.fuzz.FuzzInput;
import com.serviceledger.standalone.fuzz.FuzzReport;
import com.serviceledger.standalone.fuzz.Mutations;
import com.serviceledger.standalone.fuzz.Operation;
import com.serviceledger.standalone.fuzz.Outcome;
import com.serviceledger.standalone.fuzz.StoreCheck;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property-based fuzzing of every endpoint the application documents in {@code /v3/api-docs} (a new endpoint is
 * fuzzed without editing this class), each called as a user holding a role that may call it, so the input reaches
 * the handler rather than stopping at 403. Each request is a valid one changed in one or a few places
 ({@link Mutations}, drawing from {@code fuzz.BadValues}), or broken as a whole. The properties:
 * <ul>
 *   <li>no answer is a 5xx, and every answer comes within the timeout;</li>
 *   <li>every 4xx is {@code application/problem+json} with a {@code type};</li>
 *   <li>a 400 to a request with exactly one broken body field names that field in {@code errors[].field};</li>
 *   <li>a command (any method but GET) without a JSON content type, bodiless ones included, is a 415
 *       {@code unsupported-media-type} (cross-site request protection);</li>
 *   <li>no refused request (4xx) left an event in the store (each request carries its own correlation id, which
 *       every event it causes keeps in its metadata);</li>
 *   <li>{@code /actuator/health} is UP at the end.</li>
 * </ul>
 * Seeded and repeatable: {@code -Dfuzz.seed=…} replays a run, {@code -Dfuzz.tries=…} sets the inputs per
 * endpoint (the default is CI's short run). Writes {@code target/fuzz/fuzz-report.md} and {@code .json}.
 */
@StandaloneOnH2
class EndpointFuzzTest {

    static final int TRIES = Integer.getInteger("fuzz.tries", 8);
    static final long SEED = Long.getLong("fuzz.seed", 20_261_126L);
    static final int THREADS = Integer.getInteger("fuzz.threads", 3);
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** One test user per role (src/test/resources/config/application.properties; password = name). */
    static final Map<String, String> USER_OF_ROLE = Map.of("AGENT", "agent", "DEPARTMENT_HEAD", "head",
            "HANDLER", "handler", "INSPECTOR", "inspector", "QUALITY_SUPERVISOR", "supervisor", "ANALYST", "analyst",
            "AUDITOR", "auditor", "ADMIN", "admin");
    /** Path variables -> the access table's sample ids, which the success scenario maps to ids that exist. */
    static final Map<String, String> SAMPLE_IDS = Map.ofEntries(Map.entry("complaintId", "CMP-x"),
            Map.entry("aggregateId", "CMP-x"), Map.entry("requestId", "SR-x"), Map.entry("inspectionId", "INS-x"),
            Map.entry("ratingId", "RAT-x"), Map.entry("subsidiaryId", "sub-x"), Map.entry("staffId", "staff-x"),
            Map.entry("processor", "no-such-processor"), Map.entry("id", "no-such-rebuild"),
            Map.entry("subscriptionId", "WH-x"), Map.entry("deliveryId", "DLV-x"));

    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * One pooled client, keep-alive connections reused across requests, as API clients call; so a refused request
     * that leaves its connection unanswerable fails the run. {@code -Dfuzz.pooled=false}: one connection each.
     */
    static final boolean POOLED = !"false".equals(System.getProperty("fuzz.pooled"));
    final HttpClient pooled = POOLED ? client() : null;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    final String run = Long.toHexString(System.nanoTime());
    final AtomicLong requests = new AtomicLong();

    @Test
    void noInputCrashesTheSystemOrChangesTheStoreWhenRefused() throws Exception {
        long started = System.nanoTime();
        JsonNode apiDocs = JSON.readTree(send("GET", "/v3/api-docs", null, null, "admin").body());
        List<Operation> operations = Operation.all(apiDocs);
        assertThat(operations).as("documented operations").hasSizeGreaterThan(60);
        SuccessScenario scenario = new SuccessScenario(port).run();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long[] before = store(jdbc);

        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<CompletableFuture<Void>> runs = operations.stream()
                    .map(operation -> CompletableFuture.runAsync(() -> fuzz(operation, scenario, outcomes), pool))
                    .toList();
            runs.forEach(CompletableFuture::join);
        } finally {
            pool.shutdownNow();
        }

        long[] after = store(jdbc);
        StoreCheck storeCheck = storeCheck(jdbc, before[1], outcomes);
        Answer health = send("GET", "/actuator/health", null, null, "admin");
        boolean healthy = health.status() == 200 && JSON.readTree(health.body()).path("status").asText().equals("UP");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        FuzzReport.write(outcomes, operations, SEED, TRIES, before, after, storeCheck, healthy, health.body(), took);

        List<String> violations = outcomes.stream().filter(outcome -> !outcome.violations().isEmpty())
                .map(outcome -> outcome.operation() + " " + outcome.violations() + " <- " + outcome.input().describe())
                .limit(40).toList();
        assertThat(violations).as("answers breaking a property (seed " + SEED + ")").isEmpty();
        assertThat(storeCheck.eventsOfRefused()).as("events stored by refused requests").isEmpty();
        assertThat(healthy).as("health at the end: " + health.body()).isTrue();
    }

    private void fuzz(Operation operation, SuccessScenario scenario, List<Outcome> outcomes) {
        Random random = new Random(SEED ^ operation.toString().hashCode());
        Mutations mutations = new Mutations(operation, variable -> {
            String sample = SAMPLE_IDS.get(variable);
            String real = sample == null ? null : scenario.withRealIds("/" + sample).substring(1);
            return real == null || real.equals(sample) ? null : real;
        });
        String user = operation.roles().isEmpty() ? "tester" : USER_OF_ROLE.getOrDefault(operation.roles().getFirst(),
                "tester");
        for (int i = 0; i < TRIES; i++) {
            FuzzInput input = mutations.next(random);
            String correlationId = "fuzz-" + run + "-" + requests.incrementAndGet();
            Answer answer;
            long sent = System.nanoTime();
            try {
                answer = send(input.method(), input.path(), input.contentType(), input.body(), user, correlationId,
                        timeout(operation));
            } catch (HttpTimeoutException e) {
                // a live view of a case not in the view yet waits for it (the answer starts with its first event)
                boolean waitingStream = operation.template().endsWith("/live");
                outcomes.add(new Outcome(operation, input, correlationId, 0, null,
                        waitingStream ? List.of() : List.of("no answer within " + timeout(operation)),
                        timeout(operation).toMillis()));
                continue;
            } catch (IOException | IllegalArgumentException e) {
                outcomes.add(new Outcome(operation, input, correlationId, 0, null,
                        List.of("request failed: " + e), (System.nanoTime() - sent) / 1_000_000));
                continue;
            }
            outcomes.add(judge(operation, input, correlationId, answer, (System.nanoTime() - sent) / 1_000_000));
        }
    }

    /** The properties of a single answer. */
    static Outcome judge(Operation operation, FuzzInput input, String correlationId, Answer answer, long millis) {
        List<String> violations = new ArrayList<>();
        String type = null;
        if (answer.status() >= 500) {
            violations.add(answer.status() + ": " + FuzzInput.cut(answer.body(), 400));
        }
        if (answer.status() >= 400) {
            JsonNode problem = null;
            try {
                problem = JSON.readTree(answer.body());
            } catch (IOException notJson) {
                // reported below
            }
            type = problem == null ? null : problem.path("type").asText(null);
            boolean isProblem = answer.contentType() != null
                    && answer.contentType().startsWith("application/problem+json") && type != null;
            if (!isProblem) {
                violations.add(answer.status() + " is not a problem with a type: " + answer.contentType() + " "
                        + FuzzInput.cut(answer.body(), 300));
            }
            if (answer.status() == 400 && input.field() != null && problem != null
                    && !namesField(problem, input.field())) {
                violations.add("400 does not name the broken field " + input.field() + ": "
                        + FuzzInput.cut(answer.body(), 300));
            }
        }
        if (!input.method().equals("GET") && !BadValues.isJson(input.contentType()) && (answer.status() != 415
                || !"urn:serviceledger:problem:unsupported-media-type".equals(type))) {
            violations.add("a command without a JSON content type answered " + answer.status() + " " + type);
        }
        return new Outcome(operation, input, correlationId, answer.status(), type, violations, millis);
    }

    /**
     * The problem names the broken field, a field inside it, or the object holding it; or, for a rule over several
     * fields ("exactly one of customerId, phone or email"), names it in the rule's message.
     */
    static boolean namesField(JsonNode problem, String field) {
        String leaf = field.replaceAll("\\[\\d+]$", "").replaceAll("^.*\\.", "");
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText("");
            if (named.equals(field) || related(named, field) || related(field, named)
                    || error.path("message").asText("").matches("(?s).*\\b" + java.util.regex.Pattern.quote(leaf)
                    + "\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean related(String outer, String inner) {
        return !outer.isEmpty() && inner.startsWith(outer)
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }

    /** The events stored since the fuzz began, by the request (correlation id) that caused them. */
    static StoreCheck storeCheck(JdbcTemplate jdbc, long maxIndexBefore, List<Outcome> outcomes) {
        Set<String> refused = new HashSet<>();
        Set<String> accepted = new HashSet<>();
        synchronized (outcomes) {
            for (Outcome outcome : outcomes) {
                (outcome.status() >= 200 && outcome.status() < 400 ? accepted : refused).add(outcome.correlationId());
            }
        }
        long[] counts = new long[3];
        Set<String> ofRefused = new HashSet<>();
        jdbc.query("SELECT metadata FROM domainevententry WHERE globalindex > ?", row -> {
            counts[0]++;
            String correlation;
            try {
                correlation = JSON.readTree(row.getBytes(1)).path("correlationId").asText("");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (refused.contains(correlation)) {
                ofRefused.add(correlation);
            } else if (accepted.contains(correlation)) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        }, maxIndexBefore);
        return new StoreCheck(counts[0], counts[1], counts[2], ofRefused);
    }

    /** Row count and highest global index of the event store. */
    static long[] store(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(MAX(globalindex), 0) FROM domainevententry",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
    }

    record Answer(int status, String contentType, String body) {
    }

    Answer send(String method, String path, String contentType, byte[] body, String user)
            throws IOException, InterruptedException {
        return send(method, path, contentType, body, user, "fuzz-" + run + "-setup", TIMEOUT);
    }

    /** A live view answers when its first event is ready: a case that does not exist keeps it waiting. */
    static Duration timeout(Operation operation) {
        return operation.template().endsWith("/live") ? Duration.ofSeconds(3) : TIMEOUT;
    }

    /**
     * Real HTTP; an event stream that opens is closed at once (its first answer is what counts).
     */
    Answer send(String method, String path, String contentType, byte[] body, String user, String correlationId,
                Duration timeout) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(timeout)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("X-Correlation-Id", correlationId);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (POOLED) {
            return answer(pooled, request);
        }
        try (HttpClient http = client()) {
            return answer(http, request);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static Answer answer(HttpClient http, HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream stream = response.body()) {
                String type = response.headers().firstValue("Content-Type").orElse(null);
                String text = type != null && type.startsWith("text/event-stream") ? ""
                        : new String(stream.readNBytes(1 << 20), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), type, text);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
