package com.serviceledger.command.axonserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.command.app.CommandSideApplication;
import java.io.IOException;
import java.net.ServerSocket;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        assertThat(context.getBean(DeadlineManager.class).getClass().getSimpleName())
                .isEqualTo("DbSchedulerDeadlineManager");
    }

    @Test
    void theProfileNamesTheServerFromTheEnvironment() {
        assertThat(axonServer.isEnabled()).isTrue();
        assertThat(axonServer.getServers()).startsWith("localhost:");
        assertThat(axonServer.getContext()).isEqualTo("default");
    }
}
