package com.serviceledger.platform.processor;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Processor lag and dead-letter observability, for whichever side's processors the application runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessorMonitorProperties.class)
public class ProcessorMonitoringConfiguration {

    @Bean
    ProcessorMonitor eventProcessorMonitor(EventProcessingConfiguration processing, EventStore eventStore,
                                           DataSource dataSource, Serializer serializer,
                                           ProcessorMonitorProperties properties) {
        return new ProcessorMonitor(processing, eventStore, new StoredTokens(dataSource, serializer), properties);
    }

    /** Not {@code processorMetrics}: Boot's CPU metrics bean has that name. */
    @Bean
    ProcessorMetrics eventProcessorMetrics(ProcessorMonitor monitor, MeterRegistry registry) {
        return new ProcessorMetrics(monitor, registry);
    }

    /** Health contributor {@code processors} (the bean name less "HealthIndicator"). */
    @Bean
    ProcessorsHealthIndicator processorsHealthIndicator(ProcessorMonitor monitor) {
        return new ProcessorsHealthIndicator(monitor);
    }

    @Bean
    ProcessorsEndpoint processorsEndpoint(ProcessorMonitor monitor) {
        return new ProcessorsEndpoint(monitor);
    }
}
