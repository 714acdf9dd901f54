package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.kernel.common.CustomerContactDisclosed;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Notifications end to end in the standalone system, with real parts: a complaint nobody contacts in sub-notify
 * (contact target 2 s, hard limit 4 s) is mailed to its department head in English and its quality supervisor in
 * Chinese through a real SMTP server and shown in their inboxes, never to their colleague; posted, signed, to a webhook receiver that fails
 * each notification twice (three attempts, one delivery) and to one that never answers (parked, then redelivered by
 * an admin); and a customer who gave an e-mail is told the result through a disclosure on the case, and nothing
 * after their erasure.
 */
@StandaloneOnH2
class NotificationsEndToEndTest {

    static final String SUBSIDIARY = "sub-notify";
    static final String HEAD = TestOrganisation.staffOf(SUBSIDIARY, "head-1");
    static final String QUALITY = TestOrganisation.staffOf(SUBSIDIARY, "handler-3");
    static final String MANAGEMENT = TestOrganisation.staffOf(SUBSIDIARY, "staff-9");
    static final String BYSTANDER = TestOrganisation.staffOf(SUBSIDIARY, "clerk-3");
    static final String SECRET = "end-to-end-webhook-secret-42";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestOrganisation organisation;
    @Autowired
    EventStore eventStore;

    final List<HttpServer> receivers = new CopyOnWriteArrayList<>();

    /** The context whose sub-notify has this test's positions: another test may register sub-notify without them. */
    private static TestOrganisation appointedIn;

    @BeforeEach
    void directory() {
        if (appointedIn == organisation) {
            return;
        }
        organisation.register(SUBSIDIARY);
        String positions = "/api/organisation/subsidiaries/" + SUBSIDIARY + "/positions";
        admin(positions, "{\"position\":\"DEPARTMENT_HEAD\",\"staffId\":\"" + HEAD + "\",\"departmentId\":\"dept-gate\"}");
        admin(positions, "{\"position\":\"QUALITY_SUPERVISOR\",\"staffId\":\"" + QUALITY + "\"}");
        admin(positions, "{\"position\":\"MANAGEMENT\",\"staffId\":\"" + MANAGEMENT + "\"}");
        admin("/api/organisation/staff/" + HEAD + "/contact", "{\"email\":\"head@sub-notify.example\",\"language\":\"en\"}");
        admin("/api/organisation/staff/" + QUALITY + "/contact", "{\"email\":\"quality@sub-notify.example\"}");
        admin("/api/organisation/staff/" + BYSTANDER + "/contact", "{\"email\":\"clerk@sub-notify.example\"}");
        appointedIn = organisation;
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(server -> server.stop(0));
    }

    @Test
    void anUncontactedComplaintIsMailedAndPostedToTheRightPeopleOnly() throws Exception {
        Receiver flaky = receiver(2, false);
        String flakyId = subscribe(flaky, "[\"COMPLAINT_SLA_WARNING\",\"COMPLAINT_SLA_BREACH\"]");
        Receiver silent = receiver(0, true);
        String silentId = subscribe(silent, "[\"COMPLAINT_SLA_BREACH\"]");

        String id = receive(null);

        // contact breach (quality supervisor, head) and hard-limit breach (management, head), the warnings to the head
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(subjects("quality@sub-notify.example")).contains("投诉 " + id + " 已超时：联系客户");
            assertThat(subjects("head@sub-notify.example")).contains(
                    "Complaint " + id + " missed its customer contact deadline",
                    "Complaint " + id + " missed its customer contact (hard limit) deadline",
                    "Complaint " + id + " is close to its customer contact deadline");
        });
        assertThat(subjects("clerk@sub-notify.example")).noneMatch(subject -> subject.contains(id));

        // the same in the inboxes: the head's warnings and breaches, the quality supervisor's breach, none for the clerk
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inbox("notify-head", id)).contains("COMPLAINT_SLA_WARNING", "COMPLAINT_SLA_BREACH");
            assertThat(inbox("notify-quality", id)).containsOnly("COMPLAINT_SLA_BREACH");
        });
        assertThat(inbox("notify-bystander", id)).isEmpty();
        MimeMessage breach = TestSmtpServer.to("quality@sub-notify.example").stream()
                .filter(mail -> subject(mail).contains(id)).findFirst().orElseThrow();
        assertThat(breach.getMessageID()).matches("<[0-9a-f-]{36}@serviceledger>");
        assertThat(breach.getHeader("X-ServiceLedger-Kind")).containsExactly("COMPLAINT_SLA_BREACH");

        // the flaky receiver: every notification of the case three attempts (500, 500, 200) and one delivery
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            List<JsonNode> deliveries = deliveries(flakyId, id);
            assertThat(deliveries).hasSizeGreaterThanOrEqualTo(4).allSatisfy(delivery -> {
                assertThat(delivery.path("state").asText()).isEqualTo("DELIVERED");
                assertThat(outcomes(delivery)).containsExactly("FAILED", "FAILED", "DELIVERED");
            });
        });
        assertThat(flaky.badSignatures).hasValue(0);
        assertThat(flaky.delivered.keySet()).as("one delivery per notification id").hasSameSizeAs(deliveries(flakyId, id));
        assertThat(flaky.delivered.values()).allSatisfy(body -> assertThat(body.path("caseId").asText()).isEqualTo(id));

        // the silent receiver: parked after three attempts; once it answers, an admin's redelivery gets through
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(deliveries(silentId, id)).hasSize(2)
                .allSatisfy(delivery -> assertThat(delivery.path("state").asText()).isEqualTo("PARKED")));
        silent.answering = true;
        for (JsonNode parked : deliveries(silentId, id)) {
            assertThat(post("/api/admin/webhooks/" + silentId + "/deliveries/" + parked.path("id").asText()
                    + "/redeliver", "admin", "{}").statusCode()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveries(silentId, id))
                .allSatisfy(delivery -> assertThat(delivery.path("state").asText()).isEqualTo("DELIVERED")));
        assertThat(silent.delivered).hasSize(2);
    }

    @Test
    void theCustomerIsToldTheResultThroughADisclosureOnTheCaseAndNothingAfterTheirErasure() throws Exception {
        String email = "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String id = receive(email);
        String path = "/api/complaints/" + id;
        step(path + "/forward", "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"" + HEAD + "\"}");
        step(path + "/contact", "{\"contactedBy\":\"" + HEAD + "\",\"proposedSolution\":\"Open a second lane\"}");
        step(path + "/handler", "{\"handlerId\":\"" + QUALITY + "\"}");
        step(path + "/resolve", "{\"resolution\":\"Second lane open\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestSmtpServer.to(email)).hasSize(1));
        MimeMessage told = TestSmtpServer.to(email).getFirst();
        assertThat(subject(told)).isEqualTo("您的投诉 " + id + " 已处理完毕");
        String notificationId = told.getHeader("X-ServiceLedger-Notification")[0];
        assertThat(disclosures(id)).extracting(CustomerContactDisclosed::purpose)
                .containsExactly("notification CASE_RESOLVED " + notificationId);

        String customerId = disclosures(id).getFirst().customerId();
        assertThat(post("/api/admin/customer-erasures", "admin",
                "{\"customerId\":\"" + customerId + "\",\"reason\":\"asked to be forgotten\"}").statusCode())
                .isEqualTo(200);
        step(path + "/reject-solution", "{\"reason\":\"still one lane\"}");
        step(path + "/resolve", "{\"resolution\":\"Two lanes open\"}");
        Thread.sleep(3000); // as long as the first mail took, and more
        assertThat(TestSmtpServer.to(email)).hasSize(1);
        assertThat(disclosures(id)).hasSize(1);
    }

    /** The kinds of the user's inbox notifications of the case. */
    private List<String> inbox(String user, String caseId) throws Exception {
        HttpResponse<String> answer = get("/api/notifications?size=100", user);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(answer.body()).path("items").spliterator(), false)
                .filter(item -> caseId.equals(item.path("caseId").asText()))
                .map(item -> item.path("kind").asText()).toList();
    }

    private List<CustomerContactDisclosed> disclosures(String caseId) {
        return eventStore.readEvents(caseId).asStream().map(message -> message.getPayload())
                .filter(CustomerContactDisclosed.class::isInstance).map(CustomerContactDisclosed.class::cast).toList();
    }

    private List<String> subjects(String address) {
        return TestSmtpServer.to(address).stream().map(NotificationsEndToEndTest::subject).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subscription's deliveries of the case's notifications. */
    private List<JsonNode> deliveries(String subscriptionId, String caseId) throws Exception {
        HttpResponse<String> answer = get("/api/admin/webhooks/" + subscriptionId + "/deliveries?size=100", "admin");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        JsonNode items = body.isArray() ? body : body.path("deliveries");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(delivery -> caseId.equals(delivery.path("caseId").asText())).toList();
    }

    private static List<String> outcomes(JsonNode delivery) {
        return StreamSupport.stream(delivery.path("attemptLog").spliterator(), false)
                .map(attempt -> attempt.path("outcome").asText()).toList();
    }

    private String receive(String email) throws Exception {
        String customer = email == null ? "{\"name\":\"Li Wei\",\"phone\":\"13812341234\"}"
                : "{\"name\":\"Li Wei\",\"phone\":\"13812341234\",\"email\":\"" + email + "\"}";
        HttpResponse<String> answer = post("/api/complaints", "agent", """
                {"channel":"HOTLINE","customer":%s,"content":"Barrier stuck","demand":"Apology",
                 "target":{"subsidiaryId":"sub-notify","departmentId":"dept-gate"},"urgency":"NORMAL"}"""
                .formatted(customer));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body()).path("complaintId").asText();
    }

    private void step(String path, String body) throws Exception {
        HttpResponse<String> answer = post(path, "tester", body);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    }

    private void admin(String path, String body) {
        try {
            HttpResponse<String> answer = post(path, "admin", body);
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isIn(200, 201);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String subscribe(Receiver receiver, String kinds) throws Exception {
        HttpResponse<String> answer = post("/api/admin/webhooks", "admin", """
                {"url":"http://127.0.0.1:%d/hook","kinds":%s,"units":["sub-notify"],"secret":"%s"}"""
                .formatted(receiver.port, kinds, SECRET));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body()).path("id").asText();
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * A webhook receiver that checks every signature, answers 500 to the first {@code failures} attempts at each
     * notification, and hangs past the sender's timeout while {@code answering} is off.
     */
    private Receiver receiver(int failures, boolean silent) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Receiver receiver = new Receiver(server.getAddress().getPort(), failures, !silent);
        server.createContext("/hook", receiver::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        receivers.add(server);
        return receiver;
    }

    static final class Receiver {
        final int port;
        final int failures;
        volatile boolean answering;
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Map<String, JsonNode> delivered = new ConcurrentHashMap<>();
        final AtomicInteger badSignatures = new AtomicInteger();

        Receiver(int port, int failures, boolean answering) {
            this.port = port;
            this.failures = failures;
            this.answering = answering;
        }

        void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (!answering) {
                    Thread.sleep(3000); // past the sender's timeout (1 s in the tests)
                    return;
                }
                String timestamp = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Timestamp");
                String signature = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Signature");
                if (!("v1=" + hmac(timestamp, body)).equals(signature)) {
                    badSignatures.incrementAndGet();
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                String id = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Id");
                if (attempts.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet() <= failures) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                delivered.put(id, JSON.readTree(body));
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String hmac(String timestamp, byte[] body) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(mac.doFinal(body));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
