package com.serviceledger.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The delay from a deadline decision to its webhook's receipt, under the bench's load: the load's subsidiary gets a
 * policy version with a one-minute contact target (the API's shortest; the hard limit two minutes), a complaint a
 * second that nobody contacts is filed while the load runs, and the subsidiary's SLA warnings and breaches are
 * posted to a {@link WebhookReceiver}. The delay of each notification is its first receipt against the decision's
 * time ({@code occurredAt}, the child's clock on the same machine). The load's own complaints may breach too under
 * the shorter target: their decisions count alike.
 */
final class NotificationProbe implements AutoCloseable {

    static final String SUBSIDIARY = DemoMix.SUBSIDIARY;
    static final Map<String, String> ENVIRONMENT = WebhookReceiver.ENVIRONMENT;
    /** Every probe complaint misses both contact targets: two warnings and a breach each. */
    private static final int DECISIONS_PER_COMPLAINT = 6;

    private final WebhookReceiver receiver;
    private final Set<String> filed = ConcurrentHashMap.newKeySet();

    private NotificationProbe(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    static NotificationProbe start() throws IOException {
        return new NotificationProbe(WebhookReceiver.start("bench-webhook-secret-0123456789abcdef"));
    }

    /** The one-minute contact target and the subscription to the subsidiary's SLA decisions. */
    void prepare(CommandClient client) {
        CommandClient.Answer policy = client.post("/api/policies/" + SUBSIDIARY + "/versions", "admin", """
                {"timeZone":"Asia/Shanghai","holidays":[],"satisfactionTargetPercent":90,
                 "complaint":{"contactTarget":"PT1M","contactHardLimit":"PT2M","onSiteTarget":"PT1M",
                 "resolutionDays":2,"resolutionDayKind":"CALENDAR","warningPercents":[50,80]}}""", Map.of());
        if (policy.status() != 201) {
            throw new IllegalStateException("publishing the probe's policy answered " + policy.status());
        }
        receiver.subscribe(client, List.of("COMPLAINT_SLA_WARNING", "COMPLAINT_SLA_BREACH"), List.of(SUBSIDIARY));
    }

    /** Files a complaint nobody contacts every {@code every} for {@code span}, in the background. */
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
        List<Double> delays = receiver.receipts().stream()
                .map(receipt -> Duration.between(Instant.parse(receipt.body().path("occurredAt").asText()),
                        receipt.receivedAt()).toNanos() / 1e6)
                .toList();
        return new Result(filed.size(), expected, probeDecisions(), delays.size(), Percentiles.of(delays, 50),
                Percentiles.of(delays, 99), delays.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                receiver.repeats(), receiver.badSignatures());
    }

    private long probeDecisions() {
        return receiver.receipts().stream().filter(receipt -> filed.contains(receipt.body().path("caseId").asText()))
                .count();
    }

    @Override
    public void close() {
        receiver.close();
    }

    /**
     * @param expected      decisions the probe complaints must produce
     * @param probeReceived of those, received
     * @param received      distinct notifications received (the load's own decisions too): the delays' sample
     * @param repeats       notifications received more than once (at least once, told apart by their id)
     */
    record Result(int complaintsFiled, int expected, long probeReceived, int received, double p50Ms, double p99Ms,
                  double maxMs, int repeats, int badSignatures) {
    }
}
