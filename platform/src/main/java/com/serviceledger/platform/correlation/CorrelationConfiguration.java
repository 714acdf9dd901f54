package com.serviceledger.platform.correlation;

import io.micrometer.context.ContextRegistry;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
