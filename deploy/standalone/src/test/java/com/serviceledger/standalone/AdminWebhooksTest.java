package com.serviceledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.standalone.fuzz.ValidBodies;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webhook admin API over real HTTP, with a real receiver (a JDK {@link HttpServer} on this machine, which the
 * tests' {@code allow-private-addresses} lets through) that checks the signature with an HMAC of its own: a
 * subscription is made, told of a complaint's forwarding, listed, its delivery log read, a parked delivery
 * redelivered, and it is deactivated; bad bodies are 400s naming the field; a narrower admin keeps to their scope.
 */
@StandaloneOnH2
class AdminWebhooksTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String UNIT = "sub-1";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final List<HttpServer> receivers = new CopyOnWriteArrayList<>();

    record Answer(int status, String contentType, JsonNode body) {
        String field() {
            return body.path("errors").path(0).path("field").asText(null);
        }
    }

    record Received(Map<String, String> headers, String body) {
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(server -> server.stop(0));
    }

    @Test
    void aSubscriptionIsToldOfItsUnitsEventsSignedAndListedWithItsDeliveryLog() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger status = new AtomicInteger(200);
        String url = receiver(received, status);
        Answer created = call("POST", "/api/admin/webhooks", "admin", """
                {"url":"%s","kinds":["CASE_ASSIGNED"],"units":["%s"],"description":"ops"}""".formatted(url, UNIT));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().path("id").asText();
        String secret = created.body().path("secret").asText();
        // 32 random bytes, base64url without padding
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.body().path("active").asBoolean()).isTrue();
        assertThat(created.body().path("createdBy").asText()).isEqualTo("admin");

        Answer read = call("GET", "/api/admin/webhooks/" + id, "admin", null);
        assertThat(read.body().path("secret").asText()).isEqualTo("****" + secret.substring(secret.length() - 4));
        assertThat(read.body().path("units").toString()).isEqualTo("[\"" + UNIT + "\"]");
        assertThat(call("GET", "/api/admin/webhooks", "admin", null).body().toString()).contains(id)
                .doesNotContain(secret);

        String complaint = forwardedComplaint();
        await().atMost(PATIENCE).until(() -> received.stream().anyMatch(r -> r.body().contains(complaint)));
        Received request = received.stream().filter(r -> r.body().contains(complaint)).findFirst().orElseThrow();
        JsonNode body = JSON.readTree(request.body());
        assertThat(request.headers().get("content-type")).isEqualTo("application/json");
        assertThat(request.headers().get("x-serviceledger-kind")).isEqualTo("CASE_ASSIGNED");
        assertThat(body.path("id").asText()).isEqualTo(request.headers().get("x-serviceledger-id"));
        assertThat(body.path("kind").asText()).isEqualTo("CASE_ASSIGNED");
        assertThat(body.path("subsidiaryId").asText()).isEqualTo(UNIT);
        String timestamp = request.headers().get("x-serviceledger-timestamp");
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(120);
        assertThat(request.headers().get("x-serviceledger-signature"))
                .isEqualTo("v1=" + hmac(secret, timestamp + "." + request.body()));

        String deliveryId = body.path("id").asText();
        JsonNode log = call("GET", "/api/admin/webhooks/" + id + "/deliveries", "admin", null).body();
        JsonNode delivery = log.path("deliveries").path(0);
        assertThat(delivery.path("id").asText()).isEqualTo(deliveryId);
        await().atMost(PATIENCE).until(() -> call("GET", "/api/admin/webhooks/" + id + "/deliveries", "admin", null)
                .body().path("deliveries").path(0).path("state").asText().equals("DELIVERED"));
        delivery = call("GET", "/api/admin/webhooks/" + id + "/deliveries", "admin", null).body().path("deliveries")
                .path(0);
        assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.path("attemptLog").path(0).path("statusCode").asInt()).isEqualTo(200);
        assertThat(delivery.path("attemptLog").path(0).path("outcome").asText()).isEqualTo("DELIVERED");
        assertThat(delivery.path("caseId").asText()).isEqualTo(complaint);

        // delivered: nothing to redeliver
        Answer notParked = call("POST", "/api/admin/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver",
                "admin", null);
        assertThat(notParked.status()).isEqualTo(409);
        assertThat(notParked.body().path("type").asText()).isEqualTo("urn:serviceledger:problem:not-parked");
        assertThat(call("POST", "/api/admin/webhooks/" + id + "/deliveries/no-such-delivery/redeliver", "admin",
                null).status()).isEqualTo(404);

        // paging: one per page, the next page older than the first
        JsonNode first = call("GET", "/api/admin/webhooks/" + id + "/deliveries?size=1", "admin", null).body();
        assertThat(first.path("deliveries")).hasSize(1);
        assertThat(call("GET", "/api/admin/webhooks/" + id + "/deliveries?size=0", "admin", null).field())
                .isEqualTo("size");
        assertThat(call("GET", "/api/admin/webhooks/" + id + "/deliveries?before=x", "admin", null).field())
                .isEqualTo("before");

        assertThat(call("DELETE", "/api/admin/webhooks/" + id, "admin", null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/admin/webhooks/" + id, "admin", null).body().path("active").asBoolean()).isFalse();
        assertThat(call("DELETE", "/api/admin/webhooks/WH-no-such", "admin", null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/admin/webhooks/WH-no-such", "admin", null).status()).isEqualTo(404);
    }

    @Test
    void aParkedDeliveryIsRedeliveredOnRequest() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger status = new AtomicInteger(400);
        String url = receiver(received, status);
        String id = call("POST", "/api/admin/webhooks", "admin", """
                {"url":"%s","kinds":["CASE_ASSIGNED"],"units":["%s"],"secret":"a-secret-of-our-own-choosing"}"""
                .formatted(url, UNIT)).body().path("id").asText();
        forwardedComplaint();
        String log = "/api/admin/webhooks/" + id + "/deliveries";
        // a 400 will not change by itself: parked at the first attempt
        await().atMost(PATIENCE).until(() -> call("GET", log, "admin", null).body().path("deliveries").path(0)
                .path("state").asText().equals("PARKED"));
        String deliveryId = call("GET", log, "admin", null).body().path("deliveries").path(0).path("id").asText();
        status.set(202);

        Answer redelivered = call("POST", log + "/" + deliveryId + "/redeliver", "admin", null);
        assertThat(redelivered.status()).as(redelivered.toString()).isEqualTo(200);
        assertThat(redelivered.body().path("state").asText()).isIn("PENDING", "SENDING", "DELIVERED");
        await().atMost(PATIENCE).until(() -> call("GET", log, "admin", null).body().path("deliveries").path(0)
                .path("state").asText().equals("DELIVERED"));
        JsonNode attempts = call("GET", log, "admin", null).body().path("deliveries").path(0).path("attemptLog");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.path(0).path("statusCode").asInt()).isEqualTo(400);
        assertThat(attempts.path(0).path("outcome").asText()).isEqualTo("PARKED");
        assertThat(attempts.path(1).path("statusCode").asInt()).isEqualTo(202);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).headers().get("x-serviceledger-id"))
                .isEqualTo(received.get(1).headers().get("x-serviceledger-id"));
        assertThat(received.get(1).headers().get("x-serviceledger-signature")).isEqualTo("v1=" + hmac(
                "a-secret-of-our-own-choosing", received.get(1).headers().get("x-serviceledger-timestamp") + "."
                        + received.get(1).body()));
        call("DELETE", "/api/admin/webhooks/" + id, "admin", null);
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheField() throws Exception {
        String valid = "\"url\":\"https://hooks.example.com/x\",\"kinds\":[\"CASE_ASSIGNED\"],\"units\":[\"sub-1\"]";
        Map<String, String> bodies = Map.ofEntries(
                Map.entry("url", "{\"kinds\":[\"CASE_ASSIGNED\"],\"units\":[\"sub-1\"]}"),
                Map.entry("kinds", "{\"url\":\"https://hooks.example.com/x\",\"kinds\":[],\"units\":[\"sub-1\"]}"),
                Map.entry("units", "{\"url\":\"https://hooks.example.com/x\",\"kinds\":[\"CASE_ASSIGNED\"]}"),
                Map.entry("units[0]", "{\"url\":\"https://hooks.example.com/x\",\"kinds\":[\"CASE_ASSIGNED\"],"
                        + "\"units\":[\"sub-1/dept/x\"]}"),
                Map.entry("secret", "{" + valid + ",\"secret\":\"short\"}"),
                Map.entry("description", "{" + valid + ",\"description\":\"two\\nlines\"}"));
        for (var bad : bodies.entrySet()) {
            Answer answer = call("POST", "/api/admin/webhooks", "admin", bad.getValue());
            assertThat(answer.status()).as(bad.getKey() + ": " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.field()).as(bad.getKey() + ": " + answer).isEqualTo(bad.getKey());
        }
        Answer unknownKind = call("POST", "/api/admin/webhooks", "admin",
                "{\"url\":\"https://hooks.example.com/x\",\"kinds\":[\"NO_SUCH_KIND\"],\"units\":[\"sub-1\"]}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.field()).startsWith("kinds");
        // the SSRF guard's scheme rule holds even where private addresses are allowed (these tests' setting);
        // the address rules are AddressGuardTest's, as they need the production setting
        for (String url : List.of("ftp://127.0.0.1/x", "file:///etc/passwd", "gopher://127.0.0.1:25/",
                "https://user:password@hooks.example.com/x", "not a url", "/relative")) {
            Answer answer = call("POST", "/api/admin/webhooks", "admin", "{\"url\":\"" + url
                    + "\",\"kinds\":[\"CASE_ASSIGNED\"],\"units\":[\"sub-1\"]}");
            assertThat(answer.status()).as(url + ": " + answer).isEqualTo(400);
            assertThat(answer.field()).as(url).isEqualTo("url");
        }
    }

    @Test
    void aNarrowerAdminKeepsToTheSubscriptionsWithinTheirScope() throws Exception {
        String groupWide = call("POST", "/api/admin/webhooks", "admin",
                "{\"url\":\"http://127.0.0.1:9/x\",\"kinds\":[\"CASE_RESOLVED\"],\"units\":[\"*\"]}")
                .body().path("id").asText();
        String elsewhere = call("POST", "/api/admin/webhooks", "admin",
                "{\"url\":\"http://127.0.0.1:9/x\",\"kinds\":[\"CASE_RESOLVED\"],\"units\":[\"sub-1\",\"sub-limits\"]}")
                .body().path("id").asText();
        Answer own = call("POST", "/api/admin/webhooks", "sub1-admin",
                "{\"url\":\"http://127.0.0.1:9/x\",\"kinds\":[\"CASE_RESOLVED\"],\"units\":[\"sub-1/dept-sales\"]}");
        assertThat(own.status()).isEqualTo(201);
        String ownId = own.body().path("id").asText();

        for (String units : List.of("[\"*\"]", "[\"sub-limits\"]", "[\"sub-1\",\"sub-limits/dept-gate\"]")) {
            Answer beyond = call("POST", "/api/admin/webhooks", "sub1-admin",
                    "{\"url\":\"http://127.0.0.1:9/x\",\"kinds\":[\"CASE_RESOLVED\"],\"units\":" + units + "}");
            assertThat(beyond.status()).as(units).isEqualTo(403);
            assertThat(beyond.body().path("type").asText()).isEqualTo("urn:serviceledger:problem:out-of-scope");
            assertThat(beyond.field()).isEqualTo("units");
        }
        String listed = call("GET", "/api/admin/webhooks", "sub1-admin", null).body().toString();
        assertThat(listed).contains(ownId).doesNotContain(groupWide, elsewhere);
        for (String hidden : List.of(groupWide, elsewhere)) {
            assertThat(call("GET", "/api/admin/webhooks/" + hidden, "sub1-admin", null).status()).isEqualTo(404);
            assertThat(call("GET", "/api/admin/webhooks/" + hidden + "/deliveries", "sub1-admin", null).status())
                    .isEqualTo(404);
            assertThat(call("DELETE", "/api/admin/webhooks/" + hidden, "sub1-admin", null).status()).isEqualTo(404);
        }
        assertThat(call("GET", "/api/admin/webhooks", "admin", null).body().toString())
                .contains(ownId, groupWide, elsewhere);
        for (String id : List.of(groupWide, elsewhere, ownId)) {
            assertThat(call("DELETE", "/api/admin/webhooks/" + id, "admin", null).status()).isEqualTo(204);
        }
    }

    /** A complaint of the unit, forwarded: CASE_ASSIGNED. Its id. */
    private String forwardedComplaint() throws Exception {
        Answer complaint = call("POST", "/api/complaints", "tester", ValidBodies.forUnit("/api/complaints", UNIT));
        assertThat(complaint.status()).as(complaint.toString()).isBetween(200, 299);
        String id = complaint.body().path("complaintId").asText();
        Answer forwarded = call("POST", "/api/complaints/" + id + "/forward", "tester",
                "{\"departmentId\":\"dept-gate\",\"departmentHeadId\":\"" + TestOrganisation.staffOf(UNIT, "head-1")
                        + "\"}");
        assertThat(forwarded.status()).as(forwarded.toString()).isBetween(200, 299);
        return id;
    }

    /** A receiver on a free port of this machine answering the status given; records every request. */
    private String receiver(List<Received> received, AtomicInteger status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            received.add(new Received(headers, body));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        receivers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The receiver's own HMAC-SHA256, hex. */
    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Answer call(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (!method.equals("GET")) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json);
    }
}
