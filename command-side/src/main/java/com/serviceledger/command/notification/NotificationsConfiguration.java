package com.serviceledger.command.notification;

import com.serviceledger.command.notification.webhook.SubscriptionStore;
import com.serviceledger.kernel.organisation.Directory;
import com.serviceledger.platform.axon.EventAvailability;
import com.serviceledger.platform.notification.NotificationStore;
import java.time.Clock;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification processor and the channels' senders. The processor is a pooled streaming processor of its own
 * (its token, its lag in {@code /actuator/processors}, its dead letters in {@code deadletterentry}) that starts at
 * the head of the stream when it first runs: a new installation tells nobody about its past. Switched off with
 * {@code serviceledger.notifications.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "serviceledger.notifications", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(DeliveryProperties.class)
class NotificationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);
    private static final String NAME = NotificationPlanner.PROCESSING_GROUP;

    @Bean
    NotificationPlanner notificationPlanner(EventStore eventStore, Directory directory, SubscriptionStore webhooks,
                                            NotificationStore store, Clock clock) {
        Occasions.CaseHistory cases = (caseId, sequence) -> eventStore.readEvents(caseId).asStream()
                .takeWhile(message -> message.getSequenceNumber() <= sequence)
                .map(DomainEventMessage::getPayload)
                .reduce(CaseFacts.NONE, CaseFacts::with, (a, b) -> b);
        return new NotificationPlanner(new Occasions(cases, directory), new Recipients(directory),
                new NotificationPolicies(eventStore), webhooks, store, clock);
    }

    @Bean
    ConfigurerModule notificationProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(NAME, EventAvailability::eventStoreOf, (config, builder) -> builder
                        .initialSegmentCount(1)
                        .batchSize(20)
                        .initialToken(NotificationsConfiguration::headOrTail))
                .registerDeadLetterQueue(NAME, config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(NAME)
                        .connectionProvider(config.getComponent(ConnectionProvider.class))
                        .transactionManager(config.getComponent(TransactionManager.class))
                        .genericSerializer(config.serializer())
                        .eventSerializer(config.eventSerializer())
                        .build())
                .registerListenerInvocationErrorHandler(NAME, config -> PropagatingErrorHandler.INSTANCE));
    }

    /**
     * Where the processor starts when it first runs: the head of the stream, so a new installation tells nobody
     * about its past. In Axon Server mode the head is a call to the server while the application starts; without a
     * reachable server it starts from the tail instead (as every other processor there), so the application still
     * starts: the past is then planned once, and the senders cancel what is older than their max-age.
     */
    static TrackingToken headOrTail(StreamableMessageSource<TrackedEventMessage<?>> source) {
        try {
            return source.createHeadToken();
        } catch (RuntimeException unreachable) {
            log.warn("The notification processor starts from the first event: the head of the stream could not be "
                    + "read ({})", unreachable.toString());
            return null;
        }
    }

    /** One runner per channel that has a sender here (e-mail only when an SMTP server is configured). */
    @Bean
    DeliveryRunners deliveryRunners(ObjectProvider<ChannelSender> senders, NotificationStore store,
                                    PlatformTransactionManager transactionManager, DeliveryProperties properties,
                                    Clock clock) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        return new DeliveryRunners(senders.orderedStream()
                .map(sender -> new DeliveryRunner(sender, store, transaction, properties, clock)).toList());
    }
}
