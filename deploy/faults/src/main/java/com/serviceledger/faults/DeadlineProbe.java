package com.serviceledger.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.bench.load.DemoMix;
import com.serviceledger.query.audit.replay.ExportedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deadlines across restarts: service requests planned to be due a few seconds ahead, just before a kill, so that
 * their delivery warnings and breach fall due while the process is down. Axon's db-scheduler deadline manager
 * must fire each checkpoint once after the restart: read back from the exported events, every checkpoint
 * (warning at each policy percent, breach at 100 %) is there exactly once.
 */
final class DeadlineProbe {

    /** The standalone's service-request policy warns at these shares (ServiceRequestPolicyProperties' default). */
    static final List<Integer> WARNING_PERCENTS = List.of(50, 80);
    private static final int BREACH = 100;
    private static final String KERNEL = "com.serviceledger.kernel.servicerequest.";
    /** receive, assign, assess, plan: the steps up to the plan whose due time starts the delivery timers. */
    private static final int STEPS_TO_PLAN = 4;

    private final DemoMix mix;
    private final List<String> requestIds = new ArrayList<>();
    private final List<Instant[]> downtimes = new ArrayList<>();

    DeadlineProbe(long seed) {
        this.mix = new DemoMix(seed);
    }

    /**
     * Plans {@code count} service requests due {@code ahead} from now through the load (so they are recorded and
     * checked like any command); the caller kills the process right after, before the first warning.
     */
    void plan(RecordingLoad load, int count, Duration ahead) {
        for (int i = 0; i < count; i++) {
            DemoMix.Case kase = mix.serviceRequest(Instant.now().plus(ahead));
            if (load.drive(kase, STEPS_TO_PLAN) && kase.id() != null) {
                requestIds.add(kase.id());
            }
        }
    }

    /** The process was down (killed, not yet serving) from {@code from} to {@code to}. */
    void downtime(Instant from, Instant to) {
        downtimes.add(new Instant[] {from, to});
    }

    /** The latest due time among the planned requests, or null when none was planned. */
    Instant lastDue(List<ExportedEvent> events) {
        return plans(events).values().stream().map(p -> p.dueAt).max(Instant::compareTo).orElse(null);
    }

    /** Whether every checkpoint of every planned request has fired (the breach is the last of each chain). */
    boolean allBreached(List<ExportedEvent> events) {
        Map<String, Plan> plans = plans(events);
        return plans.size() == requestIds.size() && plans.values().stream()
                .allMatch(plan -> fired(events, plan, BREACH) > 0);
    }

    ScenarioResult.Deadlines check(List<ExportedEvent> events) {
        long checkpoints = 0;
        long duringDowntime = 0;
        long once = 0;
        long twice = 0;
        long lost = 0;
        for (Plan plan : plans(events).values()) {
            List<Integer> percents = new ArrayList<>(WARNING_PERCENTS);
            percents.add(BREACH);
            for (int percent : percents) {
                checkpoints++;
                Instant firesAt = plan.plannedAt.plusMillis(
                        Duration.between(plan.plannedAt, plan.dueAt).toMillis() * percent / 100);
                if (downtimes.stream().anyMatch(d -> firesAt.isAfter(d[0]) && firesAt.isBefore(d[1]))) {
                    duringDowntime++;
                }
                long fired = fired(events, plan, percent);
                if (fired == 0) {
                    lost++;
                } else if (fired == 1) {
                    once++;
                } else {
                    twice++;
                }
            }
        }
        lost += requestIds.size() - plans(events).size();
        return new ScenarioResult.Deadlines(checkpoints, duringDowntime, once, twice, lost);
    }

    private record Plan(String requestId, Instant plannedAt, Instant dueAt) {
    }

    /** Each probe request's (last) plan, from its ServicePlanned event. */
    private Map<String, Plan> plans(List<ExportedEvent> events) {
        Map<String, Plan> plans = new HashMap<>();
        for (ExportedEvent event : events) {
            if (event.payloadType().equals(KERNEL + "ServicePlanned") && requestIds.contains(event.aggregateId())) {
                JsonNode payload = event.payload();
                plans.put(event.aggregateId(), new Plan(event.aggregateId(),
                        Instant.parse(payload.path("plannedAt").asText()), Instant.parse(payload.path("dueAt").asText())));
            }
        }
        return plans;
    }

    private static long fired(List<ExportedEvent> events, Plan plan, int percent) {
        String type = KERNEL + (percent == BREACH ? "ServiceRequestSlaBreached" : "ServiceRequestSlaWarningRaised");
        return events.stream()
                .filter(e -> e.aggregateId().equals(plan.requestId) && e.payloadType().equals(type))
                .map(ExportedEvent::payload)
                .filter(p -> p.path("target").asText().equals("DELIVERY")
                        && Instant.parse(p.path("dueAt").asText()).equals(plan.dueAt)
                        && (percent == BREACH || p.path("percentElapsed").asInt() == percent))
                .count();
    }
}
