package com.serviceledger.query.audit;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The replay of cases with the command side's aggregates, reading events as the store does. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AggregateReplay aggregateReplay(@Qualifier("eventSerializer") Serializer eventSerializer,
                                    EventUpcasterChain eventUpcasters) {
        // the event store's own chain (platform.axon.EventUpcasters): a stored older revision folds as it loads
        return new AggregateReplay(new AggregateTypes(), eventSerializer, eventUpcasters);
    }
}
