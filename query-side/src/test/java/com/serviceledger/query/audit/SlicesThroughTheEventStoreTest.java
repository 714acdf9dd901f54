package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static com.serviceledger.query.support.ComplaintEvents.resolved;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.servicerequest.ServiceCategory;
import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.audit.ChainVerificationTest.AuditProbe;
import com.serviceledger.query.audit.SliceVerification.BrokenCase;
import com.serviceledger.query.support.QuerySideTest;
import com.serviceledger.query.support.ServiceRequestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A slice read through the {@link EventStore} API (as with Axon Server) is the slice the SQL reads from the JDBC
 * table: the same export lines in the same global order, and the same verification, tampered cases included.
 * Both run here on the JDBC store, whose SQL path is the reference.
 * <p>
 * The events lie in a period of their own later than every event stored before them: the event store path starts
 * at the first event at a moment in global order, and an earlier appended but later dated event of another test
 * would end the window at once (in production timestamps follow the append order to within the slack).
 */
@QuerySideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlicesThroughTheEventStoreTest {

    private final EventStore eventStore;
    private final EmbeddedEventStore uncached;
    private final JdbcTemplate jdbc;
    private final StoredEvents table;
    private final StoredEvents api;
    private final AuditExport tableExport;
    private final AuditExport apiExport;
    private final ChainVerifier tableVerifier;
    private final ChainVerifier apiVerifier;

    private Instant from;
    private Instant to;
    private final String north = newSubsidiary();
    private final String south = newSubsidiary();
    private final List<GenericDomainEventMessage<?>> published = new ArrayList<>();

    private final String receivedBefore = newComplaintId();   // north: received before, contacted in, resolved after
    private final String receivedIn = newComplaintId();       // south: received and forwarded in the period
    private final String wholeBefore = newComplaintId();      // north: all before the period
    private final String halfSecondBefore = newComplaintId(); // north: 0.5 s before from (inside the slack)
    private final String request = ServiceRequestEvents.newRequestId(); // north service request in the period
    private final String atFrom = newComplaintId();           // north: exactly at from (included)
    private final String atTo = newComplaintId();             // north: exactly at to (excluded)
    private final String lateInOrder = newComplaintId();      // north: its event before to appended after one past to
    private final String tampered = "PRB-" + UUID.randomUUID();  // north probe, its metadata edited in the table
    private final String gap = "PRB-" + UUID.randomUUID();       // south probe, its middle event deleted
    private final String intactProbe = "PRB-" + UUID.randomUUID(); // north probe, untouched

    SlicesThroughTheEventStoreTest(EventStore eventStore, EventStorageEngine storageEngine, DataSource dataSource,
                                   AuditProperties properties, @Qualifier("eventSerializer") Serializer serializer) {
        this.eventStore = eventStore;
        // the application's embedded store serves streams from its cache of recently read events, which still
        // holds the rows as they were before this test edits them; Axon Server reads its own storage, so read the
        // JDBC storage the same way: an embedded store whose every stream reads the database
        this.uncached = EmbeddedEventStore.builder().storageEngine(storageEngine).optimizeEventConsumption(false)
                .build();
        this.jdbc = new JdbcTemplate(dataSource);
        this.table = new StoredEvents(dataSource, properties.withSliceSource(SliceSource.JDBC), eventStore,
                serializer, false);
        this.api = new StoredEvents(dataSource, properties.withSliceSource(SliceSource.EVENT_STORE), uncached,
                serializer, false);
        this.tableExport = new AuditExport(table);
        this.apiExport = new AuditExport(api);
        this.tableVerifier = new ChainVerifier(table, properties);
        this.apiVerifier = new ChainVerifier(api, properties);
    }

    @BeforeAll
    void cases() {
        from = laterThanEveryStoredEvent(jdbc).plus(Duration.ofDays(30));
        to = from.plus(Duration.ofDays(10));
        Instant fiveDaysBefore = from.minus(Duration.ofDays(5));
        Instant twentyDaysBefore = from.minus(Duration.ofDays(20));
        add("Complaint", wholeBefore, 0, received(wholeBefore, north, twentyDaysBefore).event(), twentyDaysBefore);
        add("Complaint", wholeBefore, 1, contacted(wholeBefore, twentyDaysBefore.plus(Duration.ofDays(1)), true, true),
                twentyDaysBefore.plus(Duration.ofDays(1)));
        add("Complaint", receivedBefore, 0, received(receivedBefore, north, fiveDaysBefore).event(), fiveDaysBefore);
        probe(gap, 0, south, from.minus(Duration.ofDays(2)));
        add("Complaint", halfSecondBefore, 0, received(halfSecondBefore, north, from.minusMillis(500)).event(),
                from.minusMillis(500));
        add("Complaint", atFrom, 0, received(atFrom, north, from).event(), from);
        add("Complaint", receivedBefore, 1, contacted(receivedBefore, from.plus(Duration.ofDays(1)), true, false),
                from.plus(Duration.ofDays(1)));
        Instant day2 = from.plus(Duration.ofDays(2));
        add("Complaint", receivedIn, 0, received(receivedIn, south, day2).event(), day2);
        add("Complaint", receivedIn, 1, forwarded(receivedIn, "D2", day2.plus(Duration.ofDays(1))),
                day2.plus(Duration.ofDays(1)));
        Instant day4 = from.plus(Duration.ofDays(4));
        add("ServiceRequest", request, 0, ServiceRequestEvents.received(request, north, ServiceCategory.INFORMATION,
                Channel.HOTLINE, "Opening hours of the weighbridge", day4), day4);
        probe(tampered, 0, north, from.plus(Duration.ofDays(5)));
        probe(intactProbe, 0, north, from.plus(Duration.ofDays(5)).plusSeconds(1));
        probe(tampered, 1, null, from.plus(Duration.ofDays(6)));
        probe(gap, 1, null, from.plus(Duration.ofDays(6)).plusSeconds(1));
        probe(tampered, 2, null, from.plus(Duration.ofDays(7)));
        probe(gap, 2, null, from.plus(Duration.ofDays(8)));
        add("Complaint", lateInOrder, 0, received(lateInOrder, north, to.minusSeconds(60)).event(), to.minusSeconds(60));
        // global order is timestamp order only to within the slack: an event 0.3 s past to, then one before to
        add("Complaint", atTo, 0, received(atTo, north, to.plusMillis(300)).event(), to.plusMillis(300));
        add("Complaint", lateInOrder, 1, forwarded(lateInOrder, "D3", to.minusMillis(200)), to.minusMillis(200));
        Instant after = to.plus(Duration.ofDays(2));
        add("Complaint", receivedBefore, 2, resolved(receivedBefore, after, true, after), after);
        eventStore.publish(published);

        jdbc.update("UPDATE domainevententry SET metadata = ? WHERE aggregateidentifier = ? AND sequencenumber = 1",
                new String(column("metadata", tampered, 1), UTF_8).replace("agent-1", "agent-x").getBytes(UTF_8),
                tampered);
        jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1", gap);
    }

    @AfterAll
    void stopReaders() {
        table.destroy();
        api.destroy();
        uncached.shutDown();
    }

    @Test
    void the_settings_choose_the_source() {
        assertThat(api.slicesThroughTheEventStore()).isTrue();
        assertThat(table.slicesThroughTheEventStore()).isFalse();
        assertThat(SliceSource.AUTO.throughTheEventStore(true)).isTrue();
        assertThat(SliceSource.AUTO.throughTheEventStore(false)).isFalse();
        assertThat(SliceSource.JDBC.throughTheEventStore(true)).isFalse();
        AuditProperties bound = new Binder(new MapConfigurationPropertySource(
                Map.of("serviceledger.query.audit.slice-source", "event-store")))
                .bindOrCreate("serviceledger.query.audit", AuditProperties.class);
        assertThat(bound.sliceSource()).isEqualTo(SliceSource.EVENT_STORE);
        assertThat(bound.streamIdle()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void the_whole_period_exports_the_same_lines_in_the_same_order() {
        List<String> lines = sameExport(slice(from, to, null, null));

        assertThat(lines).extracting(this::caseAndSequence).containsExactly(
                receivedBefore + "#0", gap + "#0", atFrom + "#0", receivedBefore + "#1", receivedIn + "#0",
                receivedIn + "#1", request + "#0", tampered + "#0", intactProbe + "#0", tampered + "#1",
                tampered + "#2", gap + "#2", lateInOrder + "#0", lateInOrder + "#1");
    }

    @Test
    void case_type_and_unit_narrow_both_alike() {
        assertThat(sameExport(slice(from, to, null, north))).extracting(this::caseAndSequence)
                .contains(receivedBefore + "#0", request + "#0", tampered + "#2", lateInOrder + "#1")
                .doesNotContain(receivedIn + "#0", gap + "#0");
        assertThat(sameExport(slice(from, to, "Complaint", south))).extracting(this::caseAndSequence)
                .containsExactly(receivedIn + "#0", receivedIn + "#1");
        assertThat(sameExport(slice(from, to, "ServiceRequest", null))).extracting(this::caseAndSequence)
                .containsExactly(request + "#0");
        assertThat(sameExport(slice(from, to, "AuditProbe", south))).extracting(this::caseAndSequence)
                .containsExactly(gap + "#0", gap + "#2");
    }

    @Test
    void a_window_cutting_cases_in_the_middle_exports_alike() {
        Instant start = from.plus(Duration.ofDays(1));
        Instant end = from.plus(Duration.ofDays(6)).plusSeconds(1);

        assertThat(sameExport(slice(start, end, null, null))).extracting(this::caseAndSequence).containsExactly(
                receivedBefore + "#0", receivedBefore + "#1", receivedIn + "#0", receivedIn + "#1", request + "#0",
                tampered + "#0", intactProbe + "#0", tampered + "#1");
        assertThat(sameExport(slice(from.minus(Duration.ofDays(30)), from.minus(Duration.ofDays(10)), null, null)))
                .extracting(this::caseAndSequence).containsExactly(wholeBefore + "#0", wholeBefore + "#1");
        assertThat(sameExport(slice(to.plus(Duration.ofDays(100)), to.plus(Duration.ofDays(101)), null, null)))
                .isEmpty();
    }

    @Test
    void the_slice_verification_is_the_same_broken_cases_included() {
        SliceVerification whole = sameVerification(slice(from, to, null, null));
        assertThat(whole.cases()).isEqualTo(8);
        assertThat(whole.broken()).extracting(BrokenCase::aggregateId, BrokenCase::reason).containsExactlyInAnyOrder(
                tuple(tampered, ChainBreak.HASH_MISMATCH), tuple(gap, ChainBreak.MISSING_SEQUENCE));

        SliceVerification probes = sameVerification(slice(from, to, "AuditProbe", north));
        assertThat(probes.cases()).isEqualTo(2);
        assertThat(probes.events()).isEqualTo(4);
        assertThat(probes.intact()).isEqualTo(1);
        assertThat(probes.broken()).singleElement().satisfies(broken -> {
            assertThat(broken.aggregateId()).isEqualTo(tampered);
            assertThat(broken.sequence()).isEqualTo(1);
        });
    }

    private List<String> sameExport(AuditSlice slice) {
        List<String> fromTheTable = lines(tableExport, table, slice);
        List<String> throughTheApi = lines(apiExport, api, slice);
        assertThat(throughTheApi).as("the export through the event store API").isEqualTo(fromTheTable);
        return throughTheApi;
    }

    private SliceVerification sameVerification(AuditSlice slice) {
        SliceVerification fromTheTable = tableVerifier.verifySlice(slice).block(Duration.ofSeconds(60));
        SliceVerification throughTheApi = apiVerifier.verifySlice(slice).block(Duration.ofSeconds(60));
        assertThat(throughTheApi).as("the verification through the event store API").isEqualTo(fromTheTable);
        return throughTheApi;
    }

    private static List<String> lines(AuditExport export, StoredEvents stored, AuditSlice slice) {
        return stored.slice(slice).map(event -> new String(export.line(event), UTF_8)).collectList()
                .block(Duration.ofSeconds(60));
    }

    private String caseAndSequence(String line) {
        var json = EventHash.parse(line.getBytes(UTF_8));
        return json.get("aggregateId").asText() + "#" + json.get("sequence").asLong();
    }

    /**
     * A day after the latest timestamp in the store (tests date their events freely, up to 2100 and beyond), and
     * not before 2200, far from the periods other tests count in their views.
     */
    static Instant laterThanEveryStoredEvent(JdbcTemplate jdbc) {
        Instant base = Instant.parse("2200-01-01T00:00:00Z");
        String latest = jdbc.queryForObject("SELECT MAX(timestamp) FROM domainevententry", String.class);
        if (latest != null && DateTimeUtils.parseInstant(latest).isAfter(base)) {
            base = DateTimeUtils.parseInstant(latest);
        }
        return base.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS);
    }

    private static AuditSlice slice(Instant from, Instant to, String caseType, String unit) {
        return AuditSlice.of(from.toString(), to.toString(), caseType, unit, Scope.GROUP);
    }

    private void probe(String id, long seq, String subsidiary, Instant at) {
        add("AuditProbe", id, seq, new AuditProbe(id, subsidiary, "D" + seq, (int) seq), at);
    }

    private void add(String type, String id, long seq, Object payload, Instant timestamp) {
        published.add(new GenericDomainEventMessage<>(type, id, seq, payload, MetaData.from(Map.of(
                MetadataKeys.PRINCIPAL, "agent-" + seq, MetadataKeys.CORRELATION_ID, "corr-" + id)),
                UUID.randomUUID().toString(), timestamp));
    }

    private byte[] column(String column, String id, int sequence) {
        return jdbc.queryForObject("SELECT " + column + " FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = ?", byte[].class, id, sequence);
    }
}
