package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the audit reads when Axon Server holds the events: a case through the {@link EventStore} API is the same
 * as its rows in the JDBC table (so its hash chain verifies), and a slice is read through the store's API too
 * ({@link SlicesThroughTheEventStoreTest} holds it to the table's slices). Run against the JDBC store, whose rows
 * are the reference; the Axon Server reader only uses the store's API.
 */
@QuerySideTest
class CaseEventsThroughTheEventStoreTest {

    private final ComplaintEventLog log;
    private final StoredEvents fromTheTable;
    private final StoredEvents throughTheApi;
    private final DataSource dataSource;

    CaseEventsThroughTheEventStoreTest(ComplaintEventLog log, DataSource dataSource, AuditProperties properties,
                                       EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        this.log = log;
        this.dataSource = dataSource;
        this.fromTheTable = new StoredEvents(dataSource, properties, eventStore, serializer, false);
        this.throughTheApi = new StoredEvents(dataSource, properties, eventStore, serializer, true);
    }

    @AfterEach
    void stopReaders() {
        fromTheTable.destroy();
        throughTheApi.destroy();
    }

    @Test
    void aCaseReadThroughTheEventStoreIsItsStoredRowsAndItsChainVerifies() {
        String id = newComplaintId();
        Instant at = Instant.parse("2026-03-10T01:00:00.123Z");
        log.append(ComplaintStory.of(id, received(id, newSubsidiary(), at).department("D1").event(),
                contacted(id, at.plus(Duration.ofMinutes(20)), true, true)));

        List<StoredEvent> rows = fromTheTable.ofCase(id).block(Duration.ofSeconds(30));
        List<StoredEvent> read = throughTheApi.ofCase(id).block(Duration.ofSeconds(30));

        assertThat(read).hasSize(2).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            StoredEvent row = rows.get(i);
            StoredEvent event = read.get(i);
            assertThat(event).usingRecursiveComparison()
                    .ignoringFields("globalIndex", "payload", "metadata").isEqualTo(row);
            assertThat(EventHash.parse(event.payload())).isEqualTo(EventHash.parse(row.payload()));
            assertThat(EventHash.parse(event.metadata())).isEqualTo(EventHash.parse(row.metadata()));
        }
        CaseChain chain = new CaseChain(id);
        read.forEach(chain::accept);
        assertThat(chain.result().intact()).isTrue();
        assertThat(chain.result().events()).isEqualTo(2);
    }

    @Test
    void aSliceWithTheEventsInAxonServerIsReadThroughTheEventStore() {
        String id = newComplaintId();
        // later than every stored event: the window starts at the first event at a moment in global order
        Instant at = SlicesThroughTheEventStoreTest.laterThanEveryStoredEvent(new JdbcTemplate(dataSource))
                .plusMillis(456);
        log.eventStore().publish(List.of(
                message(id, 0, received(id, newSubsidiary(), at).department("D1").event(), at),
                message(id, 1, contacted(id, at.plus(Duration.ofMinutes(20)), true, true), at.plus(Duration.ofMinutes(20)))));
        AuditSlice tenMinutes = AuditSlice.of(at.minusSeconds(300).toString(), at.plusSeconds(300).toString(), null,
                null, Scope.GROUP);

        assertThat(throughTheApi.slicesThroughTheEventStore()).isTrue();
        List<StoredEvent> sliced = throughTheApi.slice(tenMinutes).filter(event -> event.aggregateId().equals(id))
                .collectList().block(Duration.ofSeconds(30));
        List<StoredEvent> rows = fromTheTable.ofCase(id).block(Duration.ofSeconds(30));

        // the first event only: the second lies past the window's end
        assertThat(sliced).singleElement().satisfies(event -> {
            assertThat(event.globalIndex()).isEqualTo(rows.getFirst().globalIndex()).isPositive();
            assertThat(event.eventId()).isEqualTo(rows.getFirst().eventId());
        });
    }

    private static GenericDomainEventMessage<?> message(String id, long seq, Object payload, Instant timestamp) {
        return new GenericDomainEventMessage<>("Complaint", id, seq, payload,
                MetaData.with(MetadataKeys.PRINCIPAL, "agent-" + seq), UUID.randomUUID().toString(), timestamp);
    }
}
