package com.serviceledger.platform.correlation;

import io.micrometer.context.ContextRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Correlation ids on requests, responses, events and log lines, for whichever side the application runs. */
@Configuration(proxyBeanMethods = false)
public class CorrelationConfiguration {

    @Bean
    CorrelationIdFilter correlationIdFilter() {
        // replaces an accessor of the same key: safe when both sides' configurations are present
        ContextRegistry.getInstance().registerThreadLocalAccessor(new MdcCorrelationAccessor());
        return new CorrelationIdFilter();
    }

    /** Every event processor of the application, whatever else it intercepts. */
    @Bean
    ConfigurerModule correlationMdcForEventHandlers() {
        CorrelationMdcInterceptor interceptor = new CorrelationMdcInterceptor();
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultHandlerInterceptor((config, processorName) -> interceptor));
    }

    /**
     * The command bus's handlers (on the command side's own pool, or Axon Server's threads), registered by Axon's
     * Spring Boot support like every command handler interceptor bean; first, so the interceptors after it (the
     * Idempotency-Key check) log with the id too. Deadline handlers get the same interceptor where the deadline
     * manager is built.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MessageHandlerInterceptor<CommandMessage<?>> correlationMdcForCommandHandlers() {
        CorrelationMdcInterceptor interceptor = new CorrelationMdcInterceptor();
        return interceptor::handle;
    }
}
