package com.serviceledger.platform.audit;

import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the {@link EventChainInterceptor} on the event store's bus. The interceptor is deliberately not a bean:
 * Axon's auto-configuration would also put every dispatch-interceptor bean on the event gateway, chaining
 * gateway events twice. Registered once every singleton exists, so it runs after the bus's other interceptors
 * and hashes the metadata as it will be stored.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventChainProperties.class)
public class EventChainConfiguration {

    @Bean
    @ConditionalOnProperty(name = "serviceledger.audit.chain.enabled", havingValue = "true", matchIfMissing = true)
    EventChainRegistration eventChainRegistration(EventStore eventStore,
                                                  @Qualifier("eventSerializer") Serializer eventSerializer,
                                                  EventChainProperties properties) {
        return new EventChainRegistration(eventStore, new EventChainInterceptor(eventSerializer,
                new ChainedPredecessors(eventStore, properties.cacheSize())));
    }

    /** Registers the interceptor on the bus after start-up wiring, and removes it on shutdown. */
    static final class EventChainRegistration implements SmartInitializingSingleton, DisposableBean {

        private final EventStore eventStore;
        private final EventChainInterceptor interceptor;
        private Registration registration;

        EventChainRegistration(EventStore eventStore, EventChainInterceptor interceptor) {
            this.eventStore = eventStore;
            this.interceptor = interceptor;
        }

        @Override
        public void afterSingletonsInstantiated() {
            registration = eventStore.registerDispatchInterceptor(interceptor);
        }

        @Override
        public void destroy() {
            if (registration != null) {
                registration.cancel();
            }
        }
    }
}
