package com.serviceledger.command.notification.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.command.notification.ChannelSender;
import com.serviceledger.command.notification.SendResult;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.platform.notification.Delivery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts webhook notifications: the row's payload with its {@code id} first, signed with the subscription's secret
 * as it is when sent ({@link WebhookSignature}). Blocking, on the runner's virtual thread; every wait bounded by the
 * connect and request timeouts, redirects never followed. 2xx is delivered; 408, 429, 5xx, a timeout or a broken
 * connection are tried again; any other answer (4xx, 3xx) will not change by itself and is parked; a subscription
 * deactivated meanwhile cancels the row.
 */
public class WebhookSender implements ChannelSender {

    public static final String ID_HEADER = "X-ServiceLedger-Id";
    public static final String KIND_HEADER = "X-ServiceLedger-Kind";
    public static final String TIMESTAMP_HEADER = "X-ServiceLedger-Timestamp";
    public static final String SIGNATURE_HEADER = "X-ServiceLedger-Signature";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECIPIENT_PREFIX = Delivery.webhook("");

    private final SubscriptionStore subscriptions;
    private final AddressGuard guard;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;

    public WebhookSender(SubscriptionStore subscriptions, AddressGuard guard, WebhookProperties properties,
                         Clock clock) {
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.clock = clock;
        this.timeout = properties.timeout();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.WEBHOOK;
    }

    @Override
    public SendResult send(Delivery delivery) {
        Optional<Subscription> found = delivery.recipient().startsWith(RECIPIENT_PREFIX)
                ? subscriptions.find(delivery.recipient().substring(RECIPIENT_PREFIX.length())) : Optional.empty();
        if (found.isEmpty() || !found.get().active()) {
            return SendResult.cancel("the webhook subscription is deactivated");
        }
        Subscription subscription = found.get();
        Optional<AddressGuard.Refusal> refusal = guard.check(subscription.url());
        if (refusal.isPresent()) {
            // a name that does not resolve may again; one that points inwards waits for an admin
            return refusal.get().unresolved() ? SendResult.retry(null, refusal.get().reason())
                    : SendResult.park(null, "refused by the SSRF guard: " + refusal.get().reason());
        }
        String body = body(delivery);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "ServiceLedger-Webhooks/1")
                .header(ID_HEADER, delivery.id())
                .header(KIND_HEADER, delivery.kind().name())
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SIGNATURE_HEADER, WebhookSignature.sign(subscription.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        CompletableFuture<HttpResponse<Void>> response = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            // the request timeout covers the answer's head; this one also a body that trickles in forever
            return judge(response.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException e) {
            response.cancel(true);
            return SendResult.retry(null, "no answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return SendResult.retry(null, "interrupted (shutting down)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return SendResult.retry(null, "no answer within " + timeout.toSeconds() + " s");
            }
            return SendResult.retry(null, cause instanceof IOException ? cause.toString()
                    : String.valueOf(cause));
        }
    }

    static SendResult judge(int status) {
        if (status >= 200 && status < 300) {
            return SendResult.delivered(status);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return SendResult.retry(status, "HTTP " + status);
        }
        return SendResult.park(status, "HTTP " + status + (status >= 300 && status < 400
                ? " (redirects are not followed: subscribe the final URL)" : ""));
    }

    /** The body: {@code id} (the row's, as in the header), then the notification's facts as planned. */
    static String body(Delivery delivery) {
        try {
            Map<String, Object> payload = JSON.readValue(delivery.payload(), new TypeReference<>() {
            });
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", delivery.id());
            payload.forEach(body::putIfAbsent);
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the planner writes payloads as JSON objects", e);
        }
    }
}
