package com.serviceledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tracking processors read the event table in global-index order while appends commit in any order: an
 * append that took a lower index but commits later leaves a gap the readers must wait for. These tests append
 * through the engine into a real H2 database, one append held open in a transaction of its own, as a command
 * still in flight is.
 */
class StoredEventsEngineGapTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    /** A simulated day long past, as the demo history stamps its events. */
    private static final Instant SIMULATED = Instant.parse("2026-09-14T02:00:00Z");

    private final WallClock wall = new WallClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final AtomicReference<Connection> heldOpen = new AtomicReference<>();
    private JdbcDataSource dataSource;
    private StoredEventsEngine engine;
    private Clock domainClockBefore;

    @BeforeEach
    void store() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:gaps-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        ConnectionProvider connections = () -> {
            Connection open = heldOpen.get();
            return open != null ? notClosing(open) : dataSource.getConnection();
        };
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        engine = new StoredEventsEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer), 1, 10_000, GAP_TIMEOUT, wall);
        domainClockBefore = GenericEventMessage.clock;
    }

    @AfterEach
    void restoreDomainClock() {
        GenericEventMessage.clock = domainClockBefore;
    }

    @Test
    void anAppendThatCommitsAfterALaterOneIsStillDeliveredWhenTheSimulatedClockHasMovedOn() throws SQLException {
        GenericEventMessage.clock = Clock.fixed(SIMULATED, ZoneOffset.UTC);
        Connection inFlight = beginTransaction();
        append("RCT-1", 0);                         // index 1, not committed yet
        heldOpen.set(null);
        append("QM-1", 0);                          // index 2, committed
        // the demo history plays on: hours of simulated time pass in milliseconds of real time
        GenericEventMessage.clock = Clock.fixed(SIMULATED.plus(Duration.ofHours(6)), ZoneOffset.UTC);

        List<? extends TrackedEventMessage<?>> first = read(null);
        assertThat(aggregates(first)).containsExactly("QM-1");
        assertThat(gapsOf(first)).containsExactly(1L);

        inFlight.commit();
        inFlight.close();
        assertThat(aggregates(read(tokenOf(first)))).containsExactly("RCT-1");
    }

    @Test
    void aGapIsWaitedForAsLongAsTheTimeoutOnTheWallClockThenGivenUp() throws SQLException {
        Connection rolledBack = beginTransaction();
        append("CMP-1", 0);                         // index 1, about to roll back
        heldOpen.set(null);
        rolledBack.rollback();
        rolledBack.close();
        append("CMP-2", 0);                         // index 2

        List<? extends TrackedEventMessage<?>> read = read(null);
        assertThat(gapsOf(read)).containsExactly(1L);

        wall.advance(GAP_TIMEOUT.minusSeconds(1));
        append("CMP-3", 0);
        read = read(tokenOf(read));
        assertThat(gapsOf(read)).as("a gap younger than the timeout may still be filled").containsExactly(1L);

        wall.advance(Duration.ofSeconds(2));
        append("CMP-4", 0);
        read = read(tokenOf(read));
        assertThat(aggregates(read)).containsExactly("CMP-4");
        assertThat(gapsOf(read)).as("open for longer than the timeout: rolled back").isEmpty();
    }

    @Test
    void eventsStampedAheadOfTheWallClockDoNotKeepAGapForever() throws SQLException {
        // a command side whose clock runs ahead stamps its events in the future; the gap still expires in time
        GenericEventMessage.clock = Clock.fixed(wall.instant().plus(Duration.ofDays(1)), ZoneOffset.UTC);
        Connection rolledBack = beginTransaction();
        append("CMP-1", 0);
        heldOpen.set(null);
        rolledBack.rollback();
        rolledBack.close();
        append("CMP-2", 0);
        List<? extends TrackedEventMessage<?>> read = read(null);
        assertThat(gapsOf(read)).containsExactly(1L);

        wall.advance(GAP_TIMEOUT.plusSeconds(1));
        append("CMP-3", 0);
        assertThat(gapsOf(read(tokenOf(read)))).isEmpty();
    }

    private Connection beginTransaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        heldOpen.set(connection);
        return connection;
    }

    private void append(String aggregateId, long sequence) {
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Case", aggregateId, sequence,
                "event of " + aggregateId)));
    }

    private List<? extends TrackedEventMessage<?>> read(TrackingToken from) {
        return engine.readEvents(from, false).toList();
    }

    private static List<String> aggregates(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().map(e -> ((GenericDomainEventMessage<?>) e).getAggregateIdentifier()).toList();
    }

    private static TrackingToken tokenOf(List<? extends TrackedEventMessage<?>> events) {
        return events.getLast().trackingToken();
    }

    private static List<Long> gapsOf(List<? extends TrackedEventMessage<?>> events) {
        return List.copyOf(((GapAwareTrackingToken) tokenOf(events)).getGaps());
    }

    /** The held transaction's connection, which the engine closes after every statement as it does any. */
    private static Connection notClosing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
    }

    /** The real time, moved by hand. */
    private static final class WallClock implements InstantSource {
        private Instant now;

        WallClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
