package com.serviceledger.command.axonserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.serviceledger.command.app.CommandSideApplication;
import com.serviceledger.platform.upcasting.ComplaintReceivedRevision2;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.stream.Stream;
import com.serviceledger.platform.axon.CleanupRollbackTransactionManager;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command side with the {@code axonserver} profile, pointed at a port where nothing listens: the context
 * starts (the connector connects lazily and keeps retrying in the background) and the wiring is the production
 * one: events and commands through Axon Server, tokens, deadlines and the transaction manager on the database.
 * What a real server does with it is {@link CommandSideOnAxonServerTest}'s part, where Docker exists.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:axonserver-wiring;DB_CLOSE_DELAY=-1")
@ActiveProfiles("axonserver")
class AxonServerWiringTest {

    @DynamicPropertySource
    static void closedPort(DynamicPropertyRegistry registry) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closed = port;
        registry.add("axon.axonserver.servers", () -> "localhost:" + closed);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    AxonServerConfiguration axonServer;

    @Test
    void eventsAreStoredInAxonServer() {
        assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(context.getBeansOfType(EventStorageEngine.class)).isEmpty();
    }

    @Test
    void commandsAreRoutedThroughAxonServer() {
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(context.getBean(CommandGateway.class)).isNotNull();
    }

    @Test
    void tokensDeadlinesAndTransactionsStayInTheDatabase() {
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(TransactionManager.class)).isInstanceOfSatisfying(
                CleanupRollbackTransactionManager.class,
                manager -> assertThat(manager.delegate()).isInstanceOf(SpringTransactionManager.class));
        assertThat(context.getBean(DeadlineManager.class).getClass().getSimpleName())
                .isEqualTo("DbSchedulerDeadlineManager");
    }

    @Test
    void theProfileNamesTheServerFromTheEnvironment() {
        assertThat(axonServer.isEnabled()).isTrue();
        assertThat(axonServer.getServers()).startsWith("localhost:");
        assertThat(axonServer.getContext()).isEqualTo("default");
    }

    /** Axon Server's event store reads through the upcaster chain of Axon's configuration: ours is in it. */
    @Test
    void olderEventRevisionsAreReadThroughTheEventStoresUpcasterChain() {
        var stored = new ComplaintReceivedRevision2("CMP-REV2", "sub-1", "dept-billing",
                Instant.parse("2026-03-10T01:00:00Z"), "agent");
        Serializer serializer = context.getBean("eventSerializer", Serializer.class);
        var entry = new GenericDomainEventEntry<>("Complaint", stored.complaintId(), 0, stored.eventId(),
                stored.timestamp(), ComplaintReceivedRevision2.PAYLOAD_TYPE, ComplaintReceivedRevision2.REVISION,
                stored.payload(), stored.metadata());

        IntermediateEventRepresentation read = context.getBean(org.axonframework.config.Configuration.class)
                .upcasterChain().upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .findFirst().orElseThrow();

        assertThat(read.getType().getRevision()).isEqualTo("3");
        JsonNode payload = read.getData(JsonNode.class).getData();
        assertThat(payload.has("target")).isFalse();
        assertThat(payload.at("/complainedAbout/subsidiaryId").asText()).isEqualTo("sub-1");
    }
}
