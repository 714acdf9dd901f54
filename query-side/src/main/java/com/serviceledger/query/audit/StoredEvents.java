package com.serviceledger.query.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The raw rows of the JDBC event table, read for auditors (H2 and PostgreSQL). A slice streams from a database
 * cursor in global order, one row per downstream request, never the whole result in memory.
 * <p>
 * The stored timestamp is an ISO string; Axon writes three fraction digits, but rows written otherwise may
 * carry more or fewer, and strings then do not compare like instants within a second. So the SQL range is
 * widened by a second and rows are kept by their exact instant in Java.
 * <p>
 * Reads run on threads of their own through a plain executor, which a client hanging up never interrupts
 * (an interrupted thread closes an H2 file store).
 * <p>
 * With the events in Axon Server (profile {@code axonserver}) there is no event table here: a case is read through
 * the {@link EventStore} API ({@link EventStoreCaseEvents}), and so are slices ({@link EventStoreSlices}), chosen
 * by {@link AuditProperties#sliceSource()}.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class StoredEvents implements DisposableBean {

    private static final String COLUMNS = "e.globalindex, e.eventidentifier, e.type, e.aggregateidentifier, "
            + "e.sequencenumber, e.timestamp, e.payloadtype, e.payloadrevision, e.payload, e.metadata";
    private static final Duration SLACK = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final AuditProperties properties;
    private final ExecutorService readers;
    private final Scheduler scheduler;
    private final EventStoreCaseEvents eventStoreCases;
    private final boolean eventsInAxonServer;
    private final EventStoreSlices eventStoreSlices;

    StoredEvents(DataSource dataSource, AuditProperties properties, EventStore eventStore,
                 @Qualifier("eventSerializer") Serializer eventSerializer,
                 @Value("${axon.axonserver.enabled:false}") boolean eventsInAxonServer) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.eventStoreCases = new EventStoreCaseEvents(eventStore, eventSerializer);
        this.eventsInAxonServer = eventsInAxonServer;
        this.readers = Executors.newFixedThreadPool(properties.readers(), new AxonThreadFactory("audit-jdbc"));
        this.scheduler = Schedulers.fromExecutor(readers);
        this.eventStoreSlices = properties.sliceSource().throughTheEventStore(eventsInAxonServer)
                ? new EventStoreSlices(eventStore, eventStoreCases, SLACK, properties.streamIdle(), scheduler)
                : null;
    }

    /** Whether slices are read through the event store API rather than the event table. */
    boolean slicesThroughTheEventStore() {
        return eventStoreSlices != null;
    }

    /** Every stored event of one case, in sequence order. */
    Mono<List<StoredEvent>> ofCase(String aggregateId) {
        if (eventsInAxonServer) {
            return Mono.fromCallable(() -> eventStoreCases.read(aggregateId)).subscribeOn(scheduler);
        }
        return Mono.fromCallable(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                         + " FROM domainevententry e WHERE e.aggregateidentifier = ? ORDER BY e.sequencenumber")) {
                statement.setString(1, aggregateId);
                List<StoredEvent> events = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        events.add(row(rows));
                    }
                }
                return events;
            }
        }).subscribeOn(scheduler);
    }

    /** The slice's events in global order: first the ids of the cases it selects, then their rows. */
    Flux<StoredEvent> slice(AuditSlice slice) {
        if (eventStoreSlices != null) {
            return eventStoreSlices.slice(slice);
        }
        return Mono.fromCallable(() -> casesActiveIn(slice)).subscribeOn(scheduler)
                .flatMapMany(cases -> streamed(slice, cases));
    }

    /** Ids of the cases with an event in [from, to) (of the type asked). */
    private Set<String> casesActiveIn(AuditSlice slice) throws SQLException {
        Set<String> cases = new HashSet<>();
        String sql = "SELECT e.aggregateidentifier, e.timestamp FROM domainevententry e"
                + " WHERE e.timestamp >= ? AND e.timestamp < ?" + (slice.caseType() == null ? "" : " AND e.type = ?");
        try (Cursor cursor = Cursor.open(dataSource, sql, properties.fetchSize(), windowParameters(slice))) {
            while (cursor.rows.next()) {
                Instant at = DateTimeUtils.parseInstant(cursor.rows.getString(2));
                if (!at.isBefore(slice.from()) && at.isBefore(slice.to())) {
                    cases.add(cursor.rows.getString(1));
                }
            }
        }
        return cases;
    }

    private Flux<StoredEvent> streamed(AuditSlice slice, Set<String> cases) {
        if (cases.isEmpty()) {
            return Flux.empty();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(bound(slice.to().plus(SLACK)));
        parameters.addAll(windowParameters(slice));
        String sql = "SELECT " + COLUMNS + " FROM domainevententry e WHERE e.timestamp < ?"
                + " AND e.aggregateidentifier IN (SELECT w.aggregateidentifier FROM domainevententry w"
                + " WHERE w.timestamp >= ? AND w.timestamp < ?" + (slice.caseType() == null ? "" : " AND w.type = ?")
                + ") ORDER BY e.globalindex";
        UnitFilter units = new UnitFilter(slice);
        return Flux.<StoredEvent, Cursor>generate(
                        () -> Cursor.open(dataSource, sql, properties.fetchSize(), parameters),
                        (cursor, sink) -> {
                            try {
                                if (cursor.rows.next()) {
                                    sink.next(row(cursor.rows));
                                } else {
                                    sink.complete();
                                }
                            } catch (SQLException e) {
                                sink.error(e);
                            }
                            return cursor;
                        },
                        Cursor::close)
                .filter(event -> cases.contains(event.aggregateId()) && event.instant().isBefore(slice.to())
                        && units.admits(event))
                .subscribeOn(scheduler);
    }

    private static List<Object> windowParameters(AuditSlice slice) {
        List<Object> parameters = new ArrayList<>(List.of(bound(slice.from().minus(SLACK)),
                bound(slice.to().plus(SLACK))));
        if (slice.caseType() != null) {
            parameters.add(slice.caseType());
        }
        return parameters;
    }

    private static String bound(Instant instant) {
        return DateTimeUtils.formatInstant(instant);
    }

    private static StoredEvent row(ResultSet rows) throws SQLException {
        return new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getBytes(9),
                rows.getBytes(10));
    }

    @Override
    public void destroy() {
        readers.shutdown();
    }

    /** A forward-only cursor; PostgreSQL streams by the fetch size only outside auto-commit. */
    private static final class Cursor implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement statement;
        final ResultSet rows;

        private Cursor(Connection connection, PreparedStatement statement, ResultSet rows) {
            this.connection = connection;
            this.statement = statement;
            this.rows = rows;
        }

        static Cursor open(DataSource dataSource, String sql, int fetchSize, List<Object> parameters)
                throws SQLException {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(fetchSize);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                return new Cursor(connection, statement, statement.executeQuery());
            } catch (SQLException | RuntimeException e) {
                restoreAndClose(connection);
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException ignored) {
                // the connection is closed below either way
            }
            restoreAndClose(connection);
        }

        private static void restoreAndClose(Connection connection) {
            try (connection) {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a pooled connection that cannot be reset is discarded by the pool
            }
        }
    }
}
