package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.query.support.ComplaintEventLog;
import com.serviceledger.query.support.ComplaintStory;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.ErrorResponseException;

/**
 * What the audit reads when Axon Server holds the events: a case through the {@link EventStore} API is the same
 * as its rows in the JDBC table (so its hash chain verifies), and a slice is refused with a 501. Run against the
 * JDBC store, whose rows are the reference; the Axon Server reader only uses the store's API.
 */
@QuerySideTest
class CaseEventsThroughTheEventStoreTest {

    private final ComplaintEventLog log;
    private final StoredEvents fromTheTable;
    private final StoredEvents throughTheApi;

    CaseEventsThroughTheEventStoreTest(ComplaintEventLog log, DataSource dataSource, AuditProperties properties,
                                       EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        this.log = log;
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
    void aSliceIsRefusedWithA501() {
        AuditSlice march = AuditSlice.of("2026-03-01", "2026-04-01", null, null);

        assertThatThrownBy(() -> throughTheApi.slice(march))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(501);
                    assertThat(e.getBody().getType().toString()).endsWith("slices-need-jdbc-store");
                });
    }
}
