package com.serviceledger.platform.axon;

import java.time.Duration;
import java.time.InstantSource;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's JDBC wiring, declared by hand: Axon 4's own JDBC and transaction auto-configurations order
 * themselves after Boot 3 class names and never fire under Boot 4, which would leave Axon on a no-op
 * transaction manager (events and side effects no longer atomic).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class AxonJdbcConfiguration {

    /** Spring's transactions, ended also when an Error ends the unit of work (see the wrapper). */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new CleanupRollbackTransactionManager(new SpringTransactionManager(transactionManager));
    }

    /** Connections bound to the Spring transaction, so Axon's SQL and our JdbcTemplate share one. */
    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** Events in the relational database unless Axon Server holds them (profile {@code axonserver}). */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer, EventUpcasterChain eventUpcasters,
                                          EventStoreProperties properties) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                // stored older revisions are read as the current ones, for aggregates and processors alike
                .upcasterChain(eventUpcasters)
                .persistenceExceptionResolver(new UniqueKeyViolationResolver())
                .batchSize(properties.readBatchSize());
        // Axon's defaults for the first global index and the widest gap, stated so the engine can repeat them
        return new StoredEventsEngine(builder, 1, 10_000, Duration.ofMillis(properties.gapTimeoutMillis()),
                InstantSource.system());
    }

    /**
     * Axon's embedded event store as its auto-configuration builds it, but reading the database every
     * {@code fetch-delay} (Axon: every second) for events other processes append: a separate query side
     * would otherwise see the command side's events up to a second late.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis())
                .build();
    }

    /** Registered with Axon, so processors can read through it ({@link EventAvailability#eventStoreOf}). */
    @Bean(destroyMethod = "close")
    EventAvailability eventAvailability(EventStoreProperties properties) {
        return new EventAvailability(properties.availabilityInterval());
    }

    @Bean
    ConfigurerModule eventAvailabilityComponent(EventAvailability eventAvailability) {
        return configurer -> configurer.registerComponent(EventAvailability.class, config -> eventAvailability);
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .build();
    }
}
