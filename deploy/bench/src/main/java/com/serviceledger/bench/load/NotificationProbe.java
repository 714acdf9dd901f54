package com.serviceledger.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The delay from a deadline decision to its webhook's receipt, under the bench's load: the load's subsidiary gets a
 * policy version with a one-minute contact target (the API's shortest; the hard limit two minutes), a complaint a
 * second that nobody contacts is filed while the load runs, and the subsidiary's SLA warnings and breaches are
 * posted to this receiver. It checks each signature and keeps, per notification id, the first receipt against the
 * decision's time ({@code occurredAt}, the child's clock on the same machine). The load's own complaints may
 * breach too under the shorter target: their decisions count alike.
 */
final class NotificationProbe implements AutoCloseable {

    static final String SUBSIDIARY = DemoMix.SUBSIDIARY;
    /** Every probe complaint misses both contact targets: two warnings and a breach each. */
    private static final int DECISIONS_PER_COMPLAINT = 6;
    /** The child may post to this receiver on loopback. */
    static final Map<String, String> ENVIRONMENT = Map.of("SERVICELEDGER_NOTIFICATIONS_WEBHOOKS_ALLOWPRIVATEADDRESSES",
            "true");
    private static final String SECRET = "bench-webhook-secret-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Double> delaysMs = new ConcurrentHashMap<>();
    private final Set<String> repeats = ConcurrentHashMap.newKeySet();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final Set<String> filed = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> receivedPerCase = new ConcurrentHashMap<>();

    private NotificationProbe(HttpServer server) {
        this.server = server;
    }

    static NotificationProbe start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        NotificationProbe probe = new NotificationProbe(server);
        server.createContext("/hook", probe::receive);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return probe;
    }

    /** The one-minute contact target and the subscription to the subsidiary's SLA decisions. */
    void prepare(CommandClient client) {
        admin(client, "/api/policies/" + SUBSIDIARY + "/versions", """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT1M","contactHardLimit":"PT2M","onSiteTarget":"PT1M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}""");
        admin(client, "/api/admin/webhooks", """
                {"url":"http://127.0.0.1:%d/hook","kinds":["COMPLAINT_SLA_WARNING","COMPLAINT_SLA_BREACH"],
                 "units":["%s"],"secret":"%s","description":"bench probe"}"""
                .formatted(server.getAddress().getPort(), SUBSIDIARY, SECRET));
    }

    /** Files a complaint in the probe's subsidiary every {@code every} for {@code span}, in the background. */
    Thread fileDuring(CommandClient client, Duration span, Duration every) {
        return Thread.ofVirtual().start(() -> {
            Instant end = Instant.now().plus(span);
            while (Instant.now().isBefore(end)) {
                CommandClient.Answer answer = client.post("/api/complaints", "agent", """
                        {"channel":"HOTLINE","customer":{"name":"Probe","phone":"13800000000"},
                         "content":"Probe","demand":"None","urgency":"NORMAL",
                         "target":{"subsidiaryId":"%s","departmentId":"dept-sales"}}""".formatted(SUBSIDIARY), Map.of());
                if (answer.status() == 201) {
                    filed.add(CommandClient.caseId(answer.body()));
                }
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Waits up to {@code patience} for every decision of the probe complaints; all decisions received count. */
    Result await(Duration patience) throws InterruptedException {
        Instant end = Instant.now().plus(patience);
        int expected = filed.size() * DECISIONS_PER_COMPLAINT;
        while (probeDecisions() < expected && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
        List<Double> delays = List.copyOf(delaysMs.values());
        return new Result(filed.size(), expected, probeDecisions(), delays.size(), Percentiles.of(delays, 50),
                Percentiles.of(delays, 99),
                delays.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), repeats.size(),
                badSignatures.get());
    }

    private void receive(HttpExchange exchange) throws IOException {
        Instant received = Instant.now();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String timestamp = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Signature");
        if (timestamp == null || signature == null || !signature.equals("v1=" + hmac(timestamp, body))) {
            badSignatures.incrementAndGet();
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        JsonNode notification = JSON.readTree(body);
        String id = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Id");
        double delay = Duration.between(Instant.parse(notification.path("occurredAt").asText()), received).toNanos()
                / 1e6;
        if (delaysMs.putIfAbsent(id, delay) != null) {
            repeats.add(id);
        } else {
            receivedPerCase.computeIfAbsent(notification.path("caseId").asText(), c -> new AtomicInteger())
                    .incrementAndGet();
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private int probeDecisions() {
        return filed.stream().mapToInt(id -> receivedPerCase.getOrDefault(id, new AtomicInteger()).get()).sum();
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

    private static void admin(CommandClient client, String path, String body) {
        CommandClient.Answer answer = client.post(path, "admin", body, Map.of());
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * @param expected       decisions the probe complaints must produce
     * @param probeReceived  of those, received
     * @param received       distinct notifications received (the load's own decisions too): the delays' sample
     * @param repeats        notifications received more than once (at least once, told apart by their id)
     */
    record Result(int complaintsFiled, int expected, int probeReceived, int received, double p50Ms, double p99Ms,
                  double maxMs, int repeats, int badSignatures) {
    }
}
