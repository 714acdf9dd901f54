package com.serviceledger.platform.processor;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/** {@code /actuator/processors}: every streaming event processor's status; {@code /actuator/processors/{name}}: one. */
@Endpoint(id = "processors")
public class ProcessorsEndpoint {

    private final ProcessorMonitor monitor;

    public ProcessorsEndpoint(ProcessorMonitor monitor) {
        this.monitor = monitor;
    }

    @ReadOperation
    public Processors processors() {
        return new Processors(monitor.statuses());
    }

    /** {@code null} answers 404. */
    @ReadOperation
    public ProcessorStatus processor(@Selector String name) {
        return monitor.status(name).orElse(null);
    }

    public record Processors(List<ProcessorStatus> processors) {
    }
}
