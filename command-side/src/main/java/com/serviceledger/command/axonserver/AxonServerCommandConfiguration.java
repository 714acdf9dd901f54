package com.serviceledger.command.axonserver;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** What the command side adds when commands travel through Axon Server (profile {@code axonserver}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class AxonServerCommandConfiguration {

    /** First in the list Axon registers, hence outermost: it sees what every other interceptor throws. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RemoteRejections remoteRejections() {
        return new RemoteRejections();
    }
}
