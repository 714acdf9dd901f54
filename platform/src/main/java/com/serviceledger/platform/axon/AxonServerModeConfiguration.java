package com.serviceledger.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Events and commands in Axon Server (profile {@code axonserver}). Axon's own {@code AxonServerAutoConfiguration}
 * and {@code AxonServerBusAutoConfiguration} do fire under Boot 4 (they order only against Axon's classes), so
 * the connection manager, {@code AxonServerEventStore}, {@code AxonServerCommandBus} and
 * {@code AxonServerQueryBus} are theirs; {@link AxonJdbcConfiguration} then leaves out the JDBC event storage
 * engine and keeps the transaction manager, the token store and everything else relational.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
public class AxonServerModeConfiguration {

    /**
     * New pooled processors start from the first event without asking the server where that is: Axon's
     * default initial token is the store's tail token, a remote call in Axon Server mode, made while the
     * processor starts. Without a reachable server that call fails thirty times and the application does not
     * start at all; a null token (read from the beginning, the same position) lets it start, and the
     * processors connect and catch up in the background once the server is there.
     * A processor that names its own initial token keeps it.
     */
    @Bean
    ConfigurerModule processorsStartWithoutTheServer() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration((config, builder) -> builder
                        .initialToken(source -> null)));
    }
}
