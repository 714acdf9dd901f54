package com.serviceledger.faults;

import com.serviceledger.bench.load.CommandClient;
import com.serviceledger.bench.load.WebhookReceiver;
import com.serviceledger.query.audit.replay.ExportedEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notifications across kills: a webhook receiver in this process subscribes, before the load, to every SLA warning
 * and breach and every resolution of the group; at the end each such event the store holds from then on must have
 * reached it at least once (told apart by the notification id), with a valid signature. A kill -9 in the middle of a
 * delivery may repeat one; it may not lose one.
 */
final class NotificationCheck implements AutoCloseable {

    static final List<String> KINDS = List.of("COMPLAINT_SLA_WARNING", "COMPLAINT_SLA_BREACH",
            "SERVICE_REQUEST_SLA_WARNING", "SERVICE_REQUEST_SLA_BREACH", "CASE_RESOLVED");
    /** The events those kinds are told of. */
    static final Set<String> EVENTS = Set.of("ComplaintSlaWarningRaised", "ComplaintSlaBreached",
            "ServiceRequestSlaWarningRaised", "ServiceRequestSlaBreached", "ComplaintResolved", "ServiceDelivered");
    /**
     * The child's settings for the run: the receiver is on loopback, and a delivery cut short by a kill is claimed
     * again after 20 s instead of the default minute, so that the run's patience covers it.
     */
    static final Map<String, String> ENVIRONMENT = Map.of(
            "SERVICELEDGER_NOTIFICATIONS_WEBHOOKS_ALLOWPRIVATEADDRESSES", "true",
            "SERVICELEDGER_NOTIFICATIONS_DELIVERY_LEASE", "20s");

    private final WebhookReceiver receiver;
    private Instant subscribedAt;

    private NotificationCheck(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    static NotificationCheck start() throws IOException {
        return new NotificationCheck(WebhookReceiver.start("fault-run-webhook-secret-0123456789"));
    }

    void subscribe(CommandClient client) {
        receiver.subscribe(client, KINDS, List.of("*"));
        subscribedAt = Instant.now();
    }

    /** Waits up to {@code patience} until every notifying event of the store (from the subscription on) arrived. */
    ScenarioResult.Notifications await(List<ExportedEvent> events, Duration patience) throws InterruptedException {
        Set<String> expected = events.stream()
                .filter(event -> EVENTS.contains(simpleName(event.payloadType())))
                .filter(event -> !Instant.parse(event.timestamp()).isBefore(subscribedAt))
                .map(ExportedEvent::eventId)
                .collect(Collectors.toSet());
        Instant end = Instant.now().plus(patience);
        Set<String> missing = missing(expected);
        while (!missing.isEmpty() && Instant.now().isBefore(end)) {
            Thread.sleep(1000);
            missing = missing(expected);
        }
        return new ScenarioResult.Notifications(expected.size(), expected.size() - missing.size(), missing.size(),
                receiver.repeats(), receiver.badSignatures());
    }

    private Set<String> missing(Set<String> expected) {
        Set<String> received = receiver.receipts().stream().map(receipt -> receipt.body().path("eventId").asText())
                .collect(Collectors.toSet());
        return expected.stream().filter(id -> !received.contains(id)).collect(Collectors.toSet());
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    @Override
    public void close() {
        receiver.close();
    }
}
