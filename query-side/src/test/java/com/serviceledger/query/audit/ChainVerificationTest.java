package com.serviceledger.query.audit;

import static com.serviceledger.query.support.ComplaintEvents.contacted;
import static com.serviceledger.query.support.ComplaintEvents.forwarded;
import static com.serviceledger.query.support.ComplaintEvents.handlerNamed;
import static com.serviceledger.query.support.ComplaintEvents.newComplaintId;
import static com.serviceledger.query.support.ComplaintEvents.newSubsidiary;
import static com.serviceledger.query.support.ComplaintEvents.received;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.kernel.audit.EventHash;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.query.support.Api;
import com.serviceledger.query.support.QuerySideTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every event appended through the event store is linked to its case's previous one; the verification recomputes
 * the chain from the raw rows and names the first link an edit in the database broke. A fresh case per test.
 * The tampered cases are {@link AuditProbe}s, which no view projects: the other tests of this JVM replay whole
 * views from the store and must not meet the damage.
 */
@QuerySideTest
class ChainVerificationTest {

    private final EventStore eventStore;
    private final Api api;
    private final JdbcTemplate jdbc;
    private final TransactionManager transactionManager;
    private final Instant at = Instant.parse("2026-03-10T01:00:00Z");

    ChainVerificationTest(EventStore eventStore, Api api, DataSource dataSource, TransactionManager transactionManager) {
        this.eventStore = eventStore;
        this.api = api;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactionManager = transactionManager;
    }

    @Test
    void appended_events_are_linked_in_sequence_and_the_untouched_case_is_intact() {
        String id = aCaseOfFourEvents();

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT sequencenumber, metadata FROM domainevententry "
                + "WHERE aggregateidentifier = ? ORDER BY sequencenumber", id);
        String previous = EventHash.GENESIS;
        for (Map<String, Object> row : rows) {
            var metadata = EventHash.parse((byte[]) row.get("metadata"));
            assertThat(metadata.get(MetadataKeys.CHAIN_PREVIOUS).asText()).isEqualTo(previous);
            assertThat(metadata.get(MetadataKeys.CHAIN_HASH).asText()).matches("[0-9a-f]{64}").isNotEqualTo(previous);
            assertThat(metadata.get(MetadataKeys.PRINCIPAL).asText()).startsWith("agent-");
            previous = metadata.get(MetadataKeys.CHAIN_HASH).asText();
        }
        assertThat(rows).hasSize(4);

        Map<String, Object> verification = verification(id);
        assertThat(verification).containsEntry("aggregateId", id).containsEntry("aggregateType", "AuditProbe")
                .containsEntry("events", 4).containsEntry("intact", true).containsEntry("firstBroken", null);
    }

    @Test
    void a_changed_payload_is_the_first_broken_link() {
        String id = aCaseOfFourEvents();
        byte[] payload = column("payload", id, 2);
        String text = new String(payload, UTF_8);
        assertThat(text).contains("\"D2\"");
        jdbc.update("UPDATE domainevententry SET payload = ? WHERE aggregateidentifier = ? AND sequencenumber = 2",
                text.replace("\"D2\"", "\"D9\"").getBytes(UTF_8), id);

        assertFirstBroken(id, 2, "hash-mismatch");
    }

    @Test
    void a_changed_principal_in_the_metadata_is_detected() {
        String id = aCaseOfFourEvents();
        String metadata = new String(column("metadata", id, 1), UTF_8);
        jdbc.update("UPDATE domainevententry SET metadata = ? WHERE aggregateidentifier = ? AND sequencenumber = 1",
                metadata.replace("agent-1", "someone-else").getBytes(UTF_8), id);

        assertFirstBroken(id, 1, "hash-mismatch");
    }

    @Test
    void a_deleted_middle_event_is_a_missing_sequence() {
        String id = aCaseOfFourEvents();
        jdbc.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1", id);

        Map<String, Object> firstBroken = assertFirstBroken(id, 1, "missing-sequence");
        assertThat(firstBroken).containsEntry("eventId", null);
    }

    @Test
    void an_event_stored_before_the_chain_is_unchained_not_tampered() {
        String id = aCaseOfFourEvents();
        jdbc.update("UPDATE domainevententry SET metadata = ? WHERE aggregateidentifier = ? AND sequencenumber = 0",
                "{\"principal\":\"agent-0\"}".getBytes(UTF_8), id);

        assertFirstBroken(id, 0, "unchained");
    }

    @Test
    void an_unknown_case_is_not_found() {
        api.get("/api/audit/cases/CMP-nobody-" + UUID.randomUUID() + "/verification").expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void a_unit_of_work_links_to_the_last_committed_event_never_to_a_rolled_back_one() {
        String id = newComplaintId();
        inUnitOfWork(true, event(id, 0, received(id, newSubsidiary(), at).event()), event(id, 1, forwarded(id, "D2", at)));
        // appended, then rolled back: its hash must not become the case's last known one
        inUnitOfWork(false, event(id, 2, contacted(id, at, true, true)));
        eventStore.publish(event(id, 2, handlerNamed(id, at)));
        eventStore.publish(event(id, 3, forwarded(id, "D3", at)));

        String hash1 = EventHash.parse(column("metadata", id, 1)).get(MetadataKeys.CHAIN_HASH).asText();
        assertThat(EventHash.parse(column("metadata", id, 2)).get(MetadataKeys.CHAIN_PREVIOUS).asText()).isEqualTo(hash1);
        assertThat(verification(id)).containsEntry("events", 4).containsEntry("intact", true);
    }

    @Test
    void a_slice_verification_counts_intact_cases_and_lists_the_broken_ones() {
        Instant from = Instant.parse("2045-01-01T00:00:00Z").plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(100_000)));
        String intact = "PRB-" + UUID.randomUUID();
        String tampered = "PRB-" + UUID.randomUUID();
        String subsidiary = newSubsidiary();
        eventStore.publish(List.of(
                event("AuditProbe", intact, 0, new AuditProbe(intact, subsidiary, "D1", 0), from),
                event("AuditProbe", tampered, 0, new AuditProbe(tampered, subsidiary, "D1", 0), from.plusSeconds(60)),
                event("AuditProbe", tampered, 1, new AuditProbe(tampered, null, "D2", 1), from.plusSeconds(120))));
        jdbc.update("UPDATE domainevententry SET metadata = ? WHERE aggregateidentifier = ? AND sequencenumber = 1",
                new String(column("metadata", tampered, 1), UTF_8).replace("agent-1", "agent-x").getBytes(UTF_8),
                tampered);

        Map<String, Object> slice = api.json("/api/audit/verification?from=" + from + "&to=" + from.plusSeconds(3600)
                + "&unit=" + subsidiary);

        assertThat(slice).containsEntry("cases", 2).containsEntry("events", 3).containsEntry("intact", 1)
                .containsEntry("unchained", 0);
        assertThat(slice.get("broken")).isEqualTo(List.of(Map.of("aggregateId", tampered, "sequence", 1,
                "eventId", jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ?"
                        + " AND sequencenumber = 1", String.class, tampered), "reason", "hash-mismatch")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> assertFirstBroken(String id, int sequence, String reason) {
        Map<String, Object> verification = verification(id);
        assertThat(verification).containsEntry("intact", false).containsEntry("events", reason.equals("missing-sequence") ? 3 : 4);
        Map<String, Object> firstBroken = (Map<String, Object>) verification.get("firstBroken");
        assertThat(firstBroken).containsEntry("sequence", sequence).containsEntry("reason", reason);
        if (!reason.equals("missing-sequence")) {
            assertThat(firstBroken).containsEntry("eventId", jdbc.queryForObject("SELECT eventidentifier FROM "
                    + "domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?", String.class, id, sequence));
        }
        return firstBroken;
    }

    private Map<String, Object> verification(String id) {
        return api.json("/api/audit/cases/" + id + "/verification");
    }

    /** A case of four events, in the shape of a complaint's (its unit first, then a department per step). */
    private String aCaseOfFourEvents() {
        String id = "PRB-" + UUID.randomUUID();
        String subsidiary = newSubsidiary();
        eventStore.publish(List.of(
                probe(id, 0, new AuditProbe(id, subsidiary, "D1", 0)),
                probe(id, 1, new AuditProbe(id, null, "D1", 1)),
                probe(id, 2, new AuditProbe(id, null, "D2", 2)),
                probe(id, 3, new AuditProbe(id, null, "D2", 3))));
        return id;
    }

    /** A test-only event no projection handles. */
    record AuditProbe(String caseId, String subsidiaryId, String departmentId, int step) {
    }

    private GenericDomainEventMessage<?> probe(String id, long seq, AuditProbe payload) {
        return event("AuditProbe", id, seq, payload, at.plusSeconds(600 * seq));
    }

    /** Publishes in a unit of work; without commit it fails after the events were appended, so they roll back. */
    private void inUnitOfWork(boolean commit, GenericDomainEventMessage<?>... events) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        eventStore.publish(List.of(events));
        if (!commit) {
            unitOfWork.onPrepareCommit(u -> {
                throw new IllegalStateException("rolled back after the append");
            });
        }
        try {
            unitOfWork.commit();
        } catch (IllegalStateException expected) {
            assertThat(commit).isFalse();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE eventidentifier = ?",
                Integer.class, events[0].getIdentifier())).isEqualTo(commit ? 1 : 0);
    }

    private byte[] column(String column, String id, int sequence) {
        return jdbc.queryForObject("SELECT " + column + " FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = ?", byte[].class, id, sequence);
    }

    private GenericDomainEventMessage<?> event(String id, long seq, Object payload) {
        return event(id, seq, payload, at.plusSeconds(600 * seq));
    }

    private static GenericDomainEventMessage<?> event(String id, long seq, Object payload, Instant timestamp) {
        return event("Complaint", id, seq, payload, timestamp);
    }

    private static GenericDomainEventMessage<?> event(String type, String id, long seq, Object payload,
                                                      Instant timestamp) {
        return new GenericDomainEventMessage<>(type, id, seq, payload, MetaData.from(Map.of(
                MetadataKeys.PRINCIPAL, "agent-" + seq, MetadataKeys.CLIENT, "chain-test",
                MetadataKeys.CORRELATION_ID, "corr-" + id)), UUID.randomUUID().toString(), timestamp);
    }
}
