package com.serviceledger.platform.processor;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Function;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Lag and dead-letter gauges per streaming processor ({@code serviceledger.processor.lag.events},
 * {@code …lag.seconds}, {@code …dead.letters}, tag {@code processor}). Registered once the application
 * has started, because Axon builds its processors when its configuration starts.
 */
public class ProcessorMetrics implements ApplicationListener<ApplicationStartedEvent> {

    public static final String LAG_EVENTS = "serviceledger.processor.lag.events";
    public static final String LAG_SECONDS = "serviceledger.processor.lag.seconds";
    public static final String DEAD_LETTERS = "serviceledger.processor.dead.letters";

    private final ProcessorMonitor monitor;
    private final MeterRegistry registry;

    public ProcessorMetrics(ProcessorMonitor monitor, MeterRegistry registry) {
        this.monitor = monitor;
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        for (String name : monitor.processorNames()) {
            gauge(LAG_EVENTS, name, "events the processor is behind the head of the event stream", "events",
                    s -> s.lagEvents() == null ? Double.NaN : s.lagEvents().doubleValue());
            gauge(LAG_SECONDS, name, "age of the oldest event the processor has not processed yet", "seconds",
                    s -> s.lagSeconds() == null ? Double.NaN : s.lagSeconds());
            if (monitor.hasDeadLetterQueue(name)) {
                gauge(DEAD_LETTERS, name, "events parked in the processor's dead-letter queue", null,
                        s -> s.deadLetters() == null ? Double.NaN : s.deadLetters().doubleValue());
            }
        }
    }

    private void gauge(String metric, String processor, String description, String unit,
                       Function<ProcessorStatus, Double> value) {
        Gauge.builder(metric, monitor, m -> m.status(processor).map(value).orElse(Double.NaN))
                .tag("processor", processor)
                .description(description)
                .baseUnit(unit)
                .strongReference(true)
                .register(registry);
    }
}
