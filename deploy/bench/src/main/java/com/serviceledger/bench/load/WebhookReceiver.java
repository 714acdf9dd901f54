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
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback, as an integrator would write one: it checks each request's signature
 * ({@code X-ServiceLedger-Signature: v1=hex(HMAC-SHA256(secret, timestamp + "." + body))}), answers 401 to a bad
 * one and 204 otherwise, and keeps the first receipt of each notification id (a repeat is counted, not kept).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** The child standalone may post to a receiver on loopback. */
    public static final Map<String, String> ENVIRONMENT =
            Map.of("SERVICELEDGER_NOTIFICATIONS_WEBHOOKS_ALLOWPRIVATEADDRESSES", "true");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String secret;
    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    private final AtomicInteger repeats = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();

    /** The first receipt of one notification: its body and when it came. */
    public record Receipt(String id, JsonNode body, Instant receivedAt) {
    }

    private WebhookReceiver(HttpServer server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    public static WebhookReceiver start(String secret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WebhookReceiver receiver = new WebhookReceiver(server, secret);
        server.createContext("/hook", receiver::receive);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Subscribes this receiver to the kinds of notification of the units, as the demo admin. */
    public void subscribe(CommandClient client, List<String> kinds, List<String> units) {
        String body = "{\"url\":\"" + url() + "\",\"kinds\":" + quoted(kinds) + ",\"units\":" + quoted(units)
                + ",\"secret\":\"" + secret + "\",\"description\":\"load harness\"}";
        CommandClient.Answer answer = client.post("/api/admin/webhooks", "admin", body, Map.of());
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("subscribing answered " + answer.status() + ": " + answer.body());
        }
    }

    public List<Receipt> receipts() {
        return List.copyOf(receipts.values());
    }

    public int repeats() {
        return repeats.get();
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    private void receive(HttpExchange exchange) throws IOException {
        Instant received = Instant.now();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String timestamp = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Signature");
            if (timestamp == null || signature == null || !signature.equals("v1=" + hmac(timestamp, body))) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String id = exchange.getRequestHeaders().getFirst("X-ServiceLedger-Id");
            if (receipts.putIfAbsent(id, new Receipt(id, JSON.readTree(body), received)) != null) {
                repeats.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private String hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
