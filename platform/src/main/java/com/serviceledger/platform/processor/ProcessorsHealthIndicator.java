package com.serviceledger.platform.processor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health {@code processors}: DOWN when a streaming event processor is in error (its segments retry with
 * back-off, views fall behind), OUT_OF_SERVICE when one is not running (stopped, or not started yet), UP
 * otherwise; each processor's status in the details. In the overall health, which monitoring alerts on, but in
 * neither probe group: restarting the instance (liveness) would not help, and since every replica reads the same
 * views, taking one out of the service (readiness) would not make reads fresher, while an error every replica
 * shares (a write block on the views) would turn stale reads into an outage.
 */
public class ProcessorsHealthIndicator implements HealthIndicator {

    private final ProcessorMonitor monitor;

    public ProcessorsHealthIndicator(ProcessorMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        List<ProcessorStatus> statuses = monitor.statuses();
        Status status = Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        for (ProcessorStatus processor : statuses) {
            if (processor.errorState()) {
                status = Status.DOWN;
            } else if (!processor.running() && status != Status.DOWN) {
                status = Status.OUT_OF_SERVICE;
            }
            details.put(processor.name(), details(processor));
        }
        return Health.status(status).withDetails(details).build();
    }

    private static Map<String, Object> details(ProcessorStatus processor) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("running", processor.running());
        details.put("error", processor.errorState());
        if (processor.error() != null) {
            details.put("cause", processor.error());
        }
        details.put("segmentsClaimed", processor.segmentsClaimed());
        if (processor.lagEvents() != null) {
            details.put("lagEvents", processor.lagEvents());
        }
        if (processor.deadLetters() != null) {
            details.put("deadLetters", processor.deadLetters());
        }
        return details;
    }
}
