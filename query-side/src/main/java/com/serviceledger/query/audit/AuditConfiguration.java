package com.serviceledger.query.audit;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The replay of cases with the command side's aggregates, reading events as the store does. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AggregateReplay aggregateReplay(@Qualifier("eventSerializer") Serializer eventSerializer) {
        // the JDBC store is configured without upcasters (platform.axon.AxonJdbcConfiguration); pass the same
        // chain here when it gains one
        return new AggregateReplay(new AggregateTypes(), eventSerializer, NoOpEventUpcaster.INSTANCE);
    }
}
