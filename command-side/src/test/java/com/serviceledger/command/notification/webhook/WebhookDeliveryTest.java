package com.serviceledger.command.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.command.notification.DeliveryProperties;
import com.serviceledger.command.notification.DeliveryRunner;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.DeliveryAttempt;
import com.serviceledger.platform.notification.DeliveryState;
import com.serviceledger.platform.notification.NotificationStore;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook sender under the delivery runner, without Spring Boot: the platform's migrations on an in-memory
 * H2, the real store, and real HTTP receivers ({@link HttpServer} on free ports) that check the signature with an
 * HMAC of their own.
 */
class WebhookDeliveryTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "test-secret-0123456789abcdef";

    final DeliveryProperties properties = new DeliveryProperties(Duration.ofMillis(50), Duration.ofSeconds(30), 8,
            2, 3, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofDays(3));
    final WebhookProperties webhooks = new WebhookProperties(true, Duration.ofSeconds(1), Duration.ofSeconds(1));
    final List<HttpServer> servers = new CopyOnWriteArrayList<>();
    NotificationStore store;
    SubscriptionStore subscriptions;
    DeliveryRunner runner;

    /** What a receiver saw of one request. */
    record Received(String id, String kind, String timestamp, String signature, String body, boolean signedRight) {
    }

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:webhooks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        store = new NotificationStore(jdbc);
        subscriptions = new SubscriptionStore(jdbc);
        WebhookSender sender = new WebhookSender(subscriptions, new AddressGuard(true), webhooks, Clock.systemUTC());
        runner = new DeliveryRunner(sender, store, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                properties, Clock.systemUTC());
        runner.start();
    }

    @AfterEach
    void stop() {
        runner.stop();
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void aReceiverFailingTwiceGetsTheSameNotificationAThirdTimeAndTakesIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Received> received = new CopyOnWriteArrayList<>();
        String url = receiver(received, () -> calls.incrementAndGet() <= 2 ? 500 : 200, Duration.ZERO);
        Delivery row = plan(subscribe(url), NotificationKind.CASE_ASSIGNED);

        await().atMost(Duration.ofSeconds(10)).until(() -> state(row) == DeliveryState.DELIVERED);

        List<DeliveryAttempt> attempts = store.attempts(row.id());
        assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsExactly(500, 500, 200);
        assertThat(attempts).extracting(DeliveryAttempt::outcome).containsExactly("FAILED", "FAILED", "DELIVERED");
        assertThat(store.find(row.id()).orElseThrow().attempts()).isEqualTo(3);
        assertThat(received).hasSize(3).allSatisfy(request -> {
            assertThat(request.id()).isEqualTo(row.id());
            assertThat(request.kind()).isEqualTo("CASE_ASSIGNED");
            assertThat(request.signedRight()).as("signature of " + request).isTrue();
        });
        JsonNode body = JSON.readTree(received.getFirst().body());
        assertThat(body.path("id").asText()).isEqualTo(row.id());
        assertThat(body.path("kind").asText()).isEqualTo("CASE_ASSIGNED");
        assertThat(body.path("caseId").asText()).isEqualTo("CMP-1");
        assertThat(body.path("facts").path("departmentId").asText()).isEqualTo("dept-gate");
        assertThat(body.fieldNames().next()).isEqualTo("id");
    }

    @Test
    void aHangingReceiverIsParkedAfterTheLastAttemptWithoutHoldingBackAnotherOne() throws Exception {
        String hanging = receiver(new CopyOnWriteArrayList<>(), () -> 200, Duration.ofSeconds(3));
        List<Received> fastReceived = new CopyOnWriteArrayList<>();
        String fast = receiver(fastReceived, () -> 204, Duration.ZERO);
        Delivery slow = plan(subscribe(hanging), NotificationKind.COMPLAINT_SLA_BREACH);
        await().atMost(Duration.ofSeconds(2)).until(() -> state(slow) == DeliveryState.SENDING);

        Instant planned = Instant.now();
        Delivery quick = plan(subscribe(fast), NotificationKind.COMPLAINT_SLA_BREACH);
        await().atMost(Duration.ofSeconds(10)).until(() -> state(quick) == DeliveryState.DELIVERED);
        assertThat(Duration.between(planned, Instant.now())).as("the other subscription's delivery")
                .isLessThan(Duration.ofMillis(900));
        assertThat(state(slow)).as("the hanging one, meanwhile").isIn(DeliveryState.SENDING, DeliveryState.PENDING);

        await().atMost(Duration.ofSeconds(15)).until(() -> state(slow) == DeliveryState.PARKED);
        List<DeliveryAttempt> attempts = store.attempts(slow.id());
        assertThat(attempts).hasSize(properties.maxAttempts());
        assertThat(attempts).extracting(DeliveryAttempt::outcome).containsExactly("FAILED", "FAILED", "PARKED");
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).contains("no answer within");
            assertThat(attempt.durationMillis()).isBetween(900L, 2900L);
        });
    }

    @Test
    void aParkedDeliveryIsDeliveredAfterARedeliveryOnceTheReceiverRecovers() {
        AtomicInteger status = new AtomicInteger(404);
        List<Received> received = new CopyOnWriteArrayList<>();
        String url = receiver(received, status::get, Duration.ZERO);
        Delivery row = plan(subscribe(url), NotificationKind.CASE_RESOLVED);
        // a 404 will not go away by itself: parked at the first attempt
        await().atMost(Duration.ofSeconds(5)).until(() -> state(row) == DeliveryState.PARKED);
        assertThat(store.attempts(row.id())).extracting(DeliveryAttempt::statusCode).containsExactly(404);

        status.set(200);
        assertThat(store.redeliver(row.id(), Instant.now())).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> state(row) == DeliveryState.DELIVERED);
        assertThat(store.attempts(row.id())).extracting(DeliveryAttempt::attempt).containsExactly(1, 1);
        assertThat(received).extracting(Received::id).containsOnly(row.id()).hasSize(2);
        assertThat(received).allMatch(Received::signedRight);
    }

    @Test
    void aDeactivatedSubscriptionsPendingDeliveryIsCancelledUnsent() {
        List<Received> received = new CopyOnWriteArrayList<>();
        String url = receiver(received, () -> 200, Duration.ZERO);
        String subscription = subscribe(url);
        subscriptions.deactivate(subscription);
        Delivery row = plan(subscription, NotificationKind.CASE_ASSIGNED);
        await().atMost(Duration.ofSeconds(5)).until(() -> state(row) == DeliveryState.CANCELLED);
        assertThat(received).isEmpty();
    }

    @Test
    void aUrlThatTurnedInternalIsParkedBeforeAnythingIsSent() {
        List<Received> received = new CopyOnWriteArrayList<>();
        String url = receiver(received, () -> 200, Duration.ZERO);
        String subscription = subscribe(url);
        // the guard as in production: the receiver on 127.0.0.1 is the machine itself
        WebhookSender strict = new WebhookSender(subscriptions, new AddressGuard(false), webhooks, Clock.systemUTC());
        Delivery row = Delivery.planned("evt-" + UUID.randomUUID(), Delivery.webhook(subscription),
                NotificationChannel.WEBHOOK, NotificationKind.CASE_ASSIGNED, "CMP-1", "sub-1", null, null, url, "en",
                "{\"kind\":\"CASE_ASSIGNED\"}", Instant.now(), Instant.now());
        assertThat(strict.send(row).outcome()).isEqualTo(com.serviceledger.command.notification.SendResult.Outcome.PARK);
        assertThat(received).isEmpty();
    }

    private DeliveryState state(Delivery row) {
        return store.find(row.id()).orElseThrow().state();
    }

    private String subscribe(String url) {
        String id = "WH-" + UUID.randomUUID();
        subscriptions.create(new Subscription(id, url, List.of(NotificationKind.values()), List.of("*"), SECRET, null,
                true, "admin", Instant.now(), 0));
        return id;
    }

    private Delivery plan(String subscription, NotificationKind kind) {
        String payload = "{\"kind\":\"" + kind + "\",\"eventId\":\"evt\",\"occurredAt\":\"2026-03-01T08:00:00Z\","
                + "\"caseType\":\"COMPLAINT\",\"caseId\":\"CMP-1\",\"subsidiaryId\":\"sub-1\","
                + "\"departmentId\":\"dept-gate\",\"facts\":{\"departmentId\":\"dept-gate\"}}";
        Delivery row = Delivery.planned("evt-" + UUID.randomUUID(), Delivery.webhook(subscription),
                NotificationChannel.WEBHOOK, kind, "CMP-1", "sub-1", "dept-gate", null,
                subscriptions.find(subscription).orElseThrow().url(), "en", payload, Instant.now(), Instant.now());
        assertThat(store.plan(row)).isTrue();
        return row;
    }

    /** A receiver answering the status given, after a pause; it records every request and checks its signature. */
    private String receiver(List<Received> received, IntSupplier status, Duration pause) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/hook", exchange -> answer(exchange, received, status, pause));
            server.start();
            servers.add(server);
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, List<Received> received, IntSupplier status, Duration pause)
            throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        String timestamp = headers.getFirst("X-ServiceLedger-Timestamp");
        String signature = headers.getFirst("X-ServiceLedger-Signature");
        boolean signedRight = ("v1=" + hmac(SECRET, timestamp + "." + body)).equals(signature)
                && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300
                && "application/json".equals(headers.getFirst("Content-Type"));
        received.add(new Received(headers.getFirst("X-ServiceLedger-Id"), headers.getFirst("X-ServiceLedger-Kind"),
                timestamp, signature, body, signedRight));
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(status.getAsInt(), -1);
        exchange.close();
    }

    /** The receiver's own HMAC-SHA256, hex. */
    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
